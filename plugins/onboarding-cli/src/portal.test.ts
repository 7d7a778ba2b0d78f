import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import onboardingPlugin from '@cloud-pi-native/backstage-plugin-onboarding-backend';
import {
  EXAMPLES,
  EXAMPLE_FILES,
  runCli,
  temporaryDirectory,
} from './__testUtils__/runCli';

const TOKEN = 'ci-onboarding-token-for-tests';

/**
 * A real onboarding backend with Backstage's real auth services: the static token of
 * backend.auth.externalAccess is accepted for the onboarding plugin only, as the README
 * tells a portal to configure it.
 */
async function startPortal() {
  const backend = await startTestBackend({
    features: [
      onboardingPlugin,
      authServiceFactory,
      httpAuthServiceFactory,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: {
          backend: {
            baseUrl: 'http://localhost:7007',
            auth: {
              externalAccess: [
                {
                  type: 'static',
                  options: { token: TOKEN, subject: 'gitlab-ci-onboarding' },
                  accessRestrictions: [{ plugin: 'onboarding' }],
                },
              ],
            },
          },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  return { backend, url: `http://localhost:${port}` };
}

describe('check with a portal’s criteria', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  const tmp = temporaryDirectory();
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.backend.stop();
    tmp.remove();
  });

  it.each(EXAMPLE_FILES)(
    'gives the same verdict and reports on %s as offline (a default portal holds the default criteria)',
    async file => {
      const args = (mode: string) => [
        'check',
        file,
        '--target-step',
        '3',
        '--lang',
        'en',
        '--junit',
        `${tmp.dir}/${mode}.xml`,
        '--codequality',
        `${tmp.dir}/${mode}.json`,
      ];
      const offline = await runCli(args('offline'));
      const online = await runCli(args('online'), {
        env: { ONBOARDING_PORTAL_URL: portal.url, ONBOARDING_TOKEN: TOKEN },
      });
      expect(online.stderr).toBe('');
      expect(online.code).toBe(offline.code);
      expect(online.stdout).toContain(
        `criteria of the portal ${portal.url}/api/onboarding`,
      );
      // Same criteria version, same findings, same lines.
      const body = (out: string) =>
        out
          .split('\n')
          .slice(1)
          .join('\n')
          .replace(/(offline|online)\./g, '');
      expect(body(online.stdout)).toBe(body(offline.stdout));
      expect(readFileSync(`${tmp.dir}/online.json`, 'utf8')).toBe(
        readFileSync(`${tmp.dir}/offline.json`, 'utf8'),
      );
      expect(readFileSync(`${tmp.dir}/online.xml`, 'utf8')).toBe(
        readFileSync(`${tmp.dir}/offline.xml`, 'utf8'),
      );
    },
  );

  it('accepts the API’s own URL and flags as well as environment variables', async () => {
    const result = await runCli([
      'check',
      `${EXAMPLES}/org.yaml`,
      '--portal',
      `${portal.url}/api/onboarding/`,
      '--token',
      TOKEN,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a wrong token: exit 2, saying the portal refused it', async () => {
    const result = await runCli([
      'check',
      `${EXAMPLES}/entities.yaml`,
      '--portal',
      portal.url,
      '--token',
      'not-the-token',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /The portal refused the token \(401 .*\): check ONBOARDING_TOKEN against the portal's backend.auth.externalAccess/,
    );
  });

  it('a URL without the onboarding API: exit 2, saying so', async () => {
    const result = await runCli([
      'check',
      `${EXAMPLES}/org.yaml`,
      '--portal',
      `${portal.url}/elsewhere/api/onboarding`,
      '--token',
      TOKEN,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No onboarding API at .*\(404\)/);
  });

  it('a portal that does not answer: exit 2, saying it is unreachable', async () => {
    const closed = await startPortal();
    await closed.backend.stop();
    const result = await runCli([
      'check',
      `${EXAMPLES}/org.yaml`,
      '--portal',
      closed.url,
      '--token',
      TOKEN,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `The portal is unreachable at ${closed.url} \\(ECONNREFUSED\\)`,
      ),
    );
  });
});
