import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import onboardingPlugin from '..';
import { ownedComponent, STEP_ONE_EVIDENCE } from '../__testUtils__/entities';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

// app-a and app-b pass gate 1 (step 2); app-c passes nothing (step 1).
const entities = [
  ownedComponent('app-a', 'direction', STEP_ONE_EVIDENCE),
  ownedComponent('app-b', 'equipe', STEP_ONE_EVIDENCE),
  ownedComponent('app-c', 'equipe'),
];

/** A new blocking step-1 criterion nobody meets: gate 1 closes for app-a and app-b. */
const STRICTER = [
  {
    id: 'NEW-HOMOLOGATION',
    step: 1,
    severity: 'blocking',
    title: { fr: 'Homologation', en: 'Accreditation' },
    rule: { fact: 'annotation:example.gouv.fr/homologation', exists: true },
  },
];

/** Allows everything but onboarding.criteria.preview, unless `preview`. */
const policy = (preview: boolean) =>
  createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () =>
      ({
        authorize: async (requests: AuthorizePermissionRequest[]) =>
          requests.map(r => ({
            result:
              r.permission.name !== 'onboarding.criteria.preview' || preview
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          })),
        authorizeConditional: async (requests: unknown[]) =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      } as any),
  });

const user = mockCredentials.user.header();

async function start(preview = true) {
  const { server } = await startTestBackend({
    features: [
      onboardingPlugin,
      catalogServiceMock.factory({ entities }),
      policy(preview),
      quietOnboardingConfig(),
    ],
  });
  return server;
}

describe('POST /criteria/preview', () => {
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => server.close());

  const preview = () =>
    request(server)
      .post('/api/onboarding/criteria/preview')
      .set('Authorization', user);

  it('tells per gate and per team which entities a stricter criterion would close, and the new steps', async () => {
    const res = await preview().send(STRICTER);
    expect(res.status).toBe(200);
    expect(res.body.criteria).toEqual({
      added: ['NEW-HOMOLOGATION'],
      removed: [],
      changed: [],
    });
    expect(res.body.evaluated).toBe(3);
    expect(res.body.changed).toBe(2);
    expect(res.body.steps.current).toEqual({ 1: 1, 2: 2, 3: 0, 4: 0, 5: 0 });
    expect(res.body.steps.proposed).toEqual({ 1: 3, 2: 0, 3: 0, 4: 0, 5: 0 });
    expect(res.body.gates[0]).toEqual({
      step: 1,
      changed: 2,
      opened: 0,
      closed: 2,
    });
    expect(res.body.gates.slice(1).every((g: any) => g.changed === 0)).toBe(
      true,
    );
    expect(res.body.teams).toEqual([
      {
        ownerRef: 'group:default/direction',
        entities: 1,
        changed: 1,
        gates: { 1: 1, 2: 0, 3: 0, 4: 0 },
      },
      {
        ownerRef: 'group:default/equipe',
        entities: 2,
        changed: 1,
        gates: { 1: 1, 2: 0, 3: 0, 4: 0 },
      },
    ]);
    expect(res.body.entities).toEqual([
      {
        entityRef: 'component:default/app-a',
        ownerRef: 'group:default/direction',
        currentStep: 2,
        proposedStep: 1,
        gates: [{ step: 1, current: 'GO', proposed: 'NO-GO' }],
      },
      {
        entityRef: 'component:default/app-b',
        ownerRef: 'group:default/equipe',
        currentStep: 2,
        proposedStep: 1,
        gates: [{ step: 1, current: 'GO', proposed: 'NO-GO' }],
      },
    ]);
    expect(res.body.truncated).toBe(false);
  });

  it('evaluates again a criterion in force whose rule the proposal changes', async () => {
    const res = await preview().send([
      {
        id: 'S1-SPONSOR',
        rule: {
          fact: 'annotation:example.gouv.fr/sponsor-signed',
          exists: true,
        },
      },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.criteria.changed).toEqual(['S1-SPONSOR']);
    expect(res.body.changed).toBe(2);
    expect(res.body.gates[0]).toMatchObject({ changed: 2, closed: 2 });
  });

  it('tells a gate opened when a blocking criterion becomes advisory', async () => {
    // app-c fails gate 1 on several criteria: only making them all advisory opens it.
    const res = await preview().send(
      [
        'S1-SPONSOR',
        'S1-REQTYPE',
        'S1-FUNDING',
        'S1-TEAM',
        'S1-PREQUAL',
        'S1-ELIGIBILITY',
      ].map(id => ({ id, severity: 'advisory' })),
    );
    expect(res.status).toBe(200);
    expect(res.body.gates[0]).toMatchObject({ step: 1, opened: 1, closed: 0 });
    expect(res.body.entities).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/app-c',
        currentStep: 1,
        gates: expect.arrayContaining([
          { step: 1, current: 'NO-GO', proposed: 'GO' },
        ]),
      }),
    ]);
  });

  it('stores nothing: no history row appears for the entities it evaluated', async () => {
    await preview().send(STRICTER).expect(200);
    const history = await request(server)
      .get('/api/onboarding/entities/default/component/app-a/history')
      .set('Authorization', user);
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([]);
  });

  it('reads the same set from an app-config fragment in YAML', async () => {
    const yaml = [
      'onboarding:',
      '  criteria:',
      '    - id: NEW-HOMOLOGATION',
      '      step: 1',
      '      severity: blocking',
      '      title: { fr: Homologation, en: Accreditation }',
      '      rule: { fact: "annotation:example.gouv.fr/homologation", exists: true }',
    ].join('\n');
    const res = await preview()
      .set('Content-Type', 'application/yaml')
      .send(yaml);
    expect(res.status).toBe(200);
    expect(res.body.changed).toBe(2);
    expect(res.body.steps.proposed[1]).toBe(3);
  });

  it('changes nothing for an empty proposal (the defaults, as configured here)', async () => {
    const res = await preview().send({ criteria: [] });
    expect(res.status).toBe(200);
    expect(res.body.changed).toBe(0);
    expect(res.body.proposedVersion).toBe(res.body.currentVersion);
  });

  it('refuses an invalid set with each problem and its path', async () => {
    const res = await preview().send([
      { ...STRICTER[0], step: 9 },
      { id: 'NO-SUCH', disabled: true },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('onboarding.criteria[0].step');
    expect(res.body.error.message).toContain(
      'onboarding.criteria[1]: cannot disable NO-SUCH',
    );
  });

  it('refuses malformed YAML, several documents and a body that is no list', async () => {
    const malformed = await preview()
      .set('Content-Type', 'application/yaml')
      .send('- id: [unclosed');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/Malformed YAML at line 1/);
    const two = await preview()
      .set('Content-Type', 'application/yaml')
      .send('- id: A\n---\n- id: B\n');
    expect(two.status).toBe(400);
    expect(two.body.error.message).toMatch(/one YAML document/);
    const notList = await preview().send({ rules: [] });
    expect(notList.status).toBe(400);
    expect(notList.body.error.message).toMatch(/Expected a list of criteria/);
  });

  it('keeps the bounds of POST /evaluate: nesting and alias expansion', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = [deep];
    const nested = await preview().send(deep as object);
    expect(nested.status).toBe(400);
    expect(nested.body.error.message).toMatch(/levels of nesting/);
    const laughs = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(
            98 + i,
          )} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n');
    const bomb = await preview()
      .set('Content-Type', 'application/yaml')
      .send(laughs);
    expect(bomb.status).toBe(400);
  });
});

describe('POST /criteria/preview without the permission', () => {
  it('answers 403 naming onboarding.criteria.preview', async () => {
    const server = await start(false);
    const res = await request(server)
      .post('/api/onboarding/criteria/preview')
      .set('Authorization', user)
      .send(STRICTER);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('onboarding.criteria.preview');
    await server.close();
  });
});
