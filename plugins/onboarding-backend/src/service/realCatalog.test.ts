/*
 * The onboarding plugin against the real catalog backend (file location, processing loop,
 * its own database): what a portal runs, without the browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import YAML from 'yaml';
import request from 'supertest';
import onboardingPlugin from '..';
import { STEP_ONE_EVIDENCE } from '../__testUtils__/entities';

const OWNER = 'user:default/alice';
const TEAM = 'group:default/equipe';
const ENTITY_PATH = '/api/onboarding/entities/default/component/svc';

function component(annotations: Record<string, string>) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations },
    spec: { type: 'service', lifecycle: 'experimental', owner: TEAM },
  };
}

/** Waits until the catalog serves an entity satisfying `ready`, polling its own route. */
async function untilCatalog(
  server: Parameters<typeof request>[0],
  ready: (entity: any) => boolean,
) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await request(server)
      .get('/api/catalog/entities/by-name/component/default/svc')
      .set('Authorization', mockCredentials.user.header(OWNER));
    if (res.status === 200 && ready(res.body)) return res.body;
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog did not serve the expected entity in time (last answer ${
          res.status
        } ${JSON.stringify(res.body)})`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

// Each test starts a backend and waits for the catalog's processing loop.
jest.setTimeout(60_000);

describe('onboarding with the real catalog backend', () => {
  let dir: string;
  let catalogFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'onboarding-catalog-'));
    catalogFile = join(dir, 'catalog-info.yaml');
    writeFileSync(catalogFile, YAML.stringify(component({})));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function start() {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        onboardingPlugin,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Component', 'Location'] }],
              locations: [{ type: 'file', target: catalogFile }],
              processingInterval: { seconds: 1 },
            },
            onboarding: {
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 5 },
                initialDelay: { hours: 1 },
              },
            },
          },
        }),
      ],
    });
    return server;
  }

  it('answers from the entity the catalog serves now, not from a stored result it has moved past', async () => {
    const server = await start();
    try {
      await untilCatalog(server, () => true);
      const before = await request(server)
        .get(`${ENTITY_PATH}?lang=en`)
        .set('Authorization', mockCredentials.user.header(OWNER));
      expect(before.status).toBe(200);
      expect(before.body.step).toBe(1);
      expect(before.body.nextGate.verdict).toBe('NO-GO');
      const unmetBefore = before.body.nextGate.blockers.length;
      expect(unmetBefore).toBeGreaterThan(0);

      // The developer adds the missing step-1 evidence; the catalog picks it up.
      writeFileSync(catalogFile, YAML.stringify(component(STEP_ONE_EVIDENCE)));
      await untilCatalog(
        server,
        e => e.metadata.annotations?.['cloud-pi-native.fr/sponsor'],
      );

      const after = await request(server)
        .get(`${ENTITY_PATH}?lang=en`)
        .set('Authorization', mockCredentials.user.header(OWNER));
      expect(after.status).toBe(200);
      // Gate 1 no longer blocks: the result of the new document, not the stored one.
      expect(after.body.step).toBeGreaterThan(1);
      expect(after.body.gates[0].verdict).toBe('GO');
      expect(Date.parse(after.body.evaluatedAt)).toBeGreaterThan(
        Date.parse(before.body.evaluatedAt),
      );

      // The change was recorded: the history has both results, newest first.
      const history = await request(server)
        .get(`${ENTITY_PATH}/history`)
        .set('Authorization', mockCredentials.user.header(OWNER));
      expect(history.body.items.map((i: { step: number }) => i.step)).toEqual([
        after.body.step,
        1,
      ]);

      // Reading again without any change adds no history row.
      await request(server)
        .get(ENTITY_PATH)
        .set('Authorization', mockCredentials.user.header(OWNER));
      const again = await request(server)
        .get(`${ENTITY_PATH}/history`)
        .set('Authorization', mockCredentials.user.header(OWNER));
      expect(again.body.items).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
