import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import onboardingPlugin from '.';

/** Starts the plugin with this `onboarding` config and returns the start-up error, if any. */
async function startWith(onboarding: object): Promise<Error | undefined> {
  try {
    const { server } = await startTestBackend({
      features: [
        onboardingPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({ data: { onboarding } }),
      ],
    });
    await server.close();
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

describe('onboarding backend start-up', () => {
  it('starts with criteria overrides, additions and disabled defaults, and applies them', async () => {
    const { server } = await startTestBackend({
      features: [
        onboardingPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            onboarding: {
              criteria: [
                { id: 'S4-SSO', severity: 'blocking' },
                { id: 'S5-CONTRIBUTION', disabled: true },
                {
                  id: 'TEAM-RUNBOOK',
                  step: 4,
                  severity: 'blocking',
                  title: 'The runbook is published',
                  rule: {
                    fact: 'annotation:example.gouv.fr/runbook',
                    httpsUrl: true,
                  },
                },
              ],
            },
          },
        }),
      ],
    });
    try {
      const res = await request(server)
        .get('/api/onboarding/criteria?lang=en')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      const byId = new Map<string, { severity: string; step: number }>(
        res.body.items.map((c: { id: string }) => [c.id, c]),
      );
      // The default S4-SSO is advisory: the override made it blocking.
      expect(byId.get('S4-SSO')?.severity).toBe('blocking');
      expect(byId.has('S5-CONTRIBUTION')).toBe(false);
      expect(byId.get('TEAM-RUNBOOK')).toMatchObject({
        step: 4,
        severity: 'blocking',
      });
    } finally {
      await server.close();
    }
  });

  it('serves the journey with the resources as configured', async () => {
    const { server } = await startTestBackend({
      features: [
        onboardingPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            onboarding: {
              resources: [
                { id: 's1-mythes-et-realites-autour-du-cloud', disabled: true },
                {
                  id: 'wiki-ministere',
                  step: 2,
                  perimeter: 'project-management',
                  kind: 'doc',
                  language: 'fr',
                  title: {
                    fr: 'Le wiki du ministère',
                    en: "The ministry's wiki",
                  },
                  url: 'https://wiki.interieur.gouv.fr/cloud',
                  intranetOnly: true,
                },
              ],
            },
          },
        }),
      ],
    });
    try {
      const res = await request(server)
        .get('/api/onboarding/journey?lang=en')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      const ids = res.body.resources.map((r: { id: string }) => r.id);
      expect(ids).not.toContain('s1-mythes-et-realites-autour-du-cloud');
      expect(res.body.resources).toContainEqual({
        id: 'wiki-ministere',
        step: 2,
        perimeter: 'project-management',
        kind: 'doc',
        language: 'fr',
        title: "The ministry's wiki",
        url: 'https://wiki.interieur.gouv.fr/cloud',
        intranetOnly: true,
      });
    } finally {
      await server.close();
    }
  });

  it.each([
    [
      {
        criteria: [
          {
            id: 'X',
            step: 2,
            severity: 'blocking',
            title: 't',
            rule: { fact: 'annotation:a', regex: 'x' },
          },
        ],
      },
      /onboarding\.criteria\[0\]\.rule: unknown operator 'regex'/,
    ],
    [
      {
        criteria: [
          {
            id: 'X',
            step: 2,
            severity: 'blocking',
            title: 't',
            rule: { fact: 'annotation:a', matches: '(' },
          },
        ],
      },
      /onboarding\.criteria\[0\]\.rule\.matches: invalid regular expression/,
    ],
    [
      {
        criteria: [
          {
            id: 'X',
            step: 9,
            severity: 'blocking',
            title: 't',
            rule: { fact: 'kind', exists: true },
          },
        ],
      },
      /onboarding\.criteria\[0\]\.step: unknown step 9/,
    ],
    [
      {
        criteria: [
          { id: 'S1-SPONSOR', severity: 'advisory' },
          { id: 'S1-SPONSOR', disabled: true },
        ],
      },
      /onboarding\.criteria\[1\]\.id: duplicate id S1-SPONSOR, already configured at onboarding\.criteria\[0\]/,
    ],
    [
      { resources: [{ id: 'wiki', step: 2, url: 'https://wiki.example.fr' }] },
      /onboarding\.resources\[0\]: new resource wiki needs perimeter, kind, title/,
    ],
    [
      { evaluation: { pageSize: 0 } },
      /onboarding\.evaluation\.pageSize: expected a whole number from 1 to 1000/,
    ],
  ])(
    'refuses to start on bad config %#, naming the path',
    async (onboarding, message) => {
      const error = await startWith(onboarding);
      expect(error).toBeDefined();
      expect(String(error?.message) + String((error as any)?.cause)).toMatch(
        message,
      );
    },
  );
});
