/*
 * The onboarding actions through Backstage's real actions registry (its HTTP invoke
 * route, as the actions service calls it) and through the MCP server of
 * @backstage/plugin-mcp-actions-backend, on the real catalog backend with a permission
 * policy that hides components from one user: the actions run as their caller.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import YAML from 'yaml';
import request from 'supertest';
import onboardingPlugin from '..';
import { STEP_ONE_EVIDENCE } from '../__testUtils__/entities';
import {
  DOCUMENT_LIMITS,
  MAX_YAML_BYTES,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

const ALICE = 'user:default/alice';
/** May read groups, not components (a conditional catalog decision). */
const MALLORY = 'user:default/mallory';
const TEAM = 'group:default/equipe';
const SVC = 'component:default/svc';

const group = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'equipe' },
  spec: { type: 'team', children: [] },
};

/** Passes gate 1; gate 2 blocks (no console project yet). */
const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', annotations: STEP_ONE_EVIDENCE },
  spec: { type: 'service', lifecycle: 'experimental', owner: TEAM },
};

const userOf = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef;

/**
 * A policy decided per caller: Mallory reads only groups from the catalog (so her team's
 * component is hidden from her); everyone else, services included, reads everything.
 */
const perCallerPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => ({
    authorize: async (requests: unknown[], options) =>
      requests.map(() => ({
        result:
          userOf(options.credentials) === MALLORY
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })),
    authorizeConditional: async (requests: unknown[], options) =>
      requests.map(() =>
        userOf(options.credentials) === MALLORY
          ? {
              result: AuthorizeResult.CONDITIONAL,
              pluginId: 'catalog',
              resourceType: 'catalog-entity',
              conditions: {
                rule: 'IS_ENTITY_KIND',
                resourceType: 'catalog-entity',
                params: { kinds: ['group'] },
              },
            }
          : { result: AuthorizeResult.ALLOW },
      ),
  }),
});

// One backend for the file: the catalog's processing loop takes a few seconds.
jest.setTimeout(60_000);

let dir: string;
let server: Parameters<typeof request>[0] & { close(): void };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onboarding-actions-'));
  const catalogFile = join(dir, 'catalog-info.yaml');
  writeFileSync(
    catalogFile,
    [group, component].map(e => YAML.stringify(e)).join('---\n'),
  );
  ({ server } = await startTestBackend({
    features: [
      catalogPlugin,
      onboardingPlugin,
      mcpActionsPlugin,
      perCallerPermissions,
      mockServices.rootConfig.factory({
        data: {
          backend: { actions: { pluginSources: ['onboarding'] } },
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'Location'] }],
            locations: [{ type: 'file', target: catalogFile }],
            processingInterval: { seconds: 1 },
          },
          onboarding: {
            docs: { baseUrl: 'https://docs.example.fr' },
            // Only the actions under test evaluate anything.
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 5 },
              initialDelay: { hours: 1 },
            },
          },
        },
      }),
    ],
  }));
  // Wait for the catalog to serve the component with its owner relation.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await request(server)
      .get('/api/catalog/entities/by-name/component/default/svc')
      .set('Authorization', mockCredentials.user.header(ALICE));
    if (res.status === 200 && res.body.relations?.length) break;
    if (Date.now() > deadline) throw new Error('The catalog is not ready');
    await new Promise(resolve => setTimeout(resolve, 200));
  }
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Invokes an action the way the actions service does: the registry's own route. */
const invoke = (name: string, input: unknown, user = ALICE) =>
  request(server)
    .post(
      `/api/onboarding/.backstage/actions/v1/actions/onboarding:${name}/invoke`,
    )
    .set('Authorization', mockCredentials.user.header(user))
    .send(input as object);

describe('the onboarding actions in the registry', () => {
  it('lists the four actions, read-only, with their schemas', async () => {
    const res = await request(server)
      .get('/api/onboarding/.backstage/actions/v1/actions')
      .set('Authorization', mockCredentials.user.header(ALICE));
    expect(res.status).toBe(200);
    const actions = res.body.actions as Array<Record<string, any>>;
    expect(actions.map(a => a.id).sort()).toEqual([
      'onboarding:evaluate-catalog-info',
      'onboarding:get-entity-onboarding-status',
      'onboarding:get-team-onboarding-summary',
      'onboarding:list-onboarding-criteria',
    ]);
    for (const action of actions) {
      expect(action.attributes).toEqual({
        readOnly: true,
        destructive: false,
        idempotent: true,
      });
    }
    const status = actions.find(
      a => a.name === 'get-entity-onboarding-status',
    )!;
    expect(status.schema.input.required).toEqual(['entityRef']);
  });

  it("gives an entity's step, verdict and blockers with their fixes", async () => {
    const res = await invoke('get-entity-onboarding-status', {
      entityRef: SVC,
      language: 'en',
    });
    expect(res.status).toBe(200);
    const status = res.body.output;
    expect(status).toMatchObject({
      entityRef: SVC,
      step: 2,
      verdict: 'NO-GO',
      nextGate: { step: 2, verdict: 'NO-GO' },
      links: { docs: expect.stringMatching(/^https:\/\/docs\.example\.fr/) },
    });
    expect(status.blockers.length).toBeGreaterThan(0);
    for (const blocker of status.blockers) {
      expect(blocker.title).not.toBe('');
      expect(blocker.message).not.toBe('');
      expect(blocker.fix.text).not.toBe('');
    }
    // The same evaluation as the REST route, blockers in the gate's order.
    const rest = await request(server)
      .get('/api/onboarding/entities/default/component/svc?lang=en')
      .set('Authorization', mockCredentials.user.header(ALICE));
    expect(status.blockers.map((b: any) => b.criterionId)).toEqual(
      rest.body.nextGate.blockers,
    );
  });

  it('reads a short ref (default namespace) and answers in French by default', async () => {
    const res = await invoke('get-entity-onboarding-status', {
      entityRef: 'component:svc',
    });
    expect(res.status).toBe(200);
    const fr = res.body.output.blockers[0].fix.text;
    const en = (
      await invoke('get-entity-onboarding-status', {
        entityRef: SVC,
        language: 'en',
      })
    ).body.output.blockers[0].fix.text;
    expect(fr).not.toEqual(en);
  });

  it('refuses bad input with a specific 400', async () => {
    const missing = await invoke('get-entity-onboarding-status', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/Invalid input to action/);

    const noKind = await invoke('get-entity-onboarding-status', {
      entityRef: 'svc',
    });
    expect(noKind.status).toBe(400);
    expect(noKind.body.error.message).toMatch(
      /Invalid entity ref 'svc': expected kind:namespace\/name/,
    );

    const language = await invoke('list-onboarding-criteria', {
      language: 'de',
    });
    expect(language.status).toBe(400);

    const weeks = await invoke('get-team-onboarding-summary', {
      groupRef: TEAM,
      weeks: 53,
    });
    expect(weeks.status).toBe(400);

    const notAGroup = await invoke('get-team-onboarding-summary', {
      groupRef: SVC,
    });
    expect(notAGroup.status).toBe(400);
    expect(notAGroup.body.error.message).toMatch(/is a Component, not a Group/);

    const notEvaluated = await invoke('get-entity-onboarding-status', {
      entityRef: TEAM,
    });
    expect(notEvaluated.status).toBe(400);
  });

  it("hides what the catalog hides from the caller (the caller's credentials, not the plugin's)", async () => {
    const denied = await invoke(
      'get-entity-onboarding-status',
      { entityRef: SVC },
      MALLORY,
    );
    expect(denied.status).toBe(404);
    expect(denied.body.error.name).toBe('NotFoundError');

    // Alice sees the team's component (evaluated and stored by the calls above)...
    const alice = await invoke('get-team-onboarding-summary', {
      groupRef: 'equipe',
    });
    expect(alice.status).toBe(200);
    expect(alice.body.output).toMatchObject({
      groupRef: TEAM,
      total: 1,
      entities: [{ entityRef: SVC, step: 2, verdict: 'NO-GO' }],
    });
    expect(alice.body.output.trend).toHaveLength(12);
    // What holds the team: the blockers of the component's next gate (step 2), counted once.
    const holding = alice.body.output.nextGateBlockers;
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.every((c: any) => c.step === 2 && c.count === 1)).toBe(true);
    // ...Mallory sees the team, but not its component.
    const mallory = await invoke(
      'get-team-onboarding-summary',
      { groupRef: TEAM, weeks: 2 },
      MALLORY,
    );
    expect(mallory.status).toBe(200);
    expect(mallory.body.output).toMatchObject({ total: 0, entities: [] });
    expect(mallory.body.output.trend).toHaveLength(2);
  });

  it('lists the criteria, all or one step', async () => {
    const all = await invoke('list-onboarding-criteria', { language: 'en' });
    expect(all.status).toBe(200);
    const rest = await request(server)
      .get('/api/onboarding/criteria?lang=en')
      .set('Authorization', mockCredentials.user.header(ALICE));
    expect(all.body.output.items.map((c: any) => c.id)).toEqual(
      rest.body.items.map((c: any) => c.id),
    );
    expect(all.body.output.criteriaVersion).toBe(rest.body.criteriaVersion);

    const stepThree = await invoke('list-onboarding-criteria', { step: 3 });
    const steps = new Set(stepThree.body.output.items.map((c: any) => c.step));
    expect([...steps]).toEqual([3]);
  });

  it('evaluates a catalog-info.yaml text document by document', async () => {
    const text = [
      YAML.stringify({
        ...component,
        metadata: { name: 'nouveau', annotations: STEP_ONE_EVIDENCE },
      }),
      'kind: Component\nkind: API\n',
      YAML.stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Location',
        metadata: { name: 'ailleurs' },
        spec: { targets: ['./a.yaml'] },
      }),
    ].join('---\n');
    const res = await invoke('evaluate-catalog-info', {
      yaml: text,
      language: 'en',
    });
    expect(res.status).toBe(200);
    const { verdict, items } = res.body.output;
    expect(verdict).toBe('NO-GO');
    expect(items[0]).toMatchObject({
      index: 0,
      status: 'evaluated',
      entityRef: 'component:default/nouveau',
      onboarding: { step: 2, verdict: 'NO-GO' },
    });
    expect(items[0].onboarding.blockers.length).toBeGreaterThan(0);
    expect(items[1]).toMatchObject({
      index: 1,
      status: 'error',
      error: expect.stringMatching(/duplicate key "kind"/),
    });
    expect(items[2]).toMatchObject({
      index: 2,
      status: 'skipped',
      reason: expect.stringMatching(/Location/),
    });
  });

  it('applies the hostile-input limits of POST /evaluate', async () => {
    const tooLarge = await invoke('evaluate-catalog-info', {
      yaml: `# ${'x'.repeat(MAX_YAML_BYTES)}\nkind: Component\n`,
    });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.message).toMatch(
      new RegExp(`at most ${MAX_YAML_BYTES} accepted`),
    );

    const tooMany = await invoke('evaluate-catalog-info', {
      yaml: Array.from(
        { length: DOCUMENT_LIMITS.documents + 1 },
        () => 'a: 1',
      ).join('\n---\n'),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/documents; at most 50/);

    const laughs = await invoke('evaluate-catalog-info', {
      yaml: [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from(
          { length: 12 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(
              98 + i,
            )} [${Array(10)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(', ')}]`,
        ),
      ].join('\n'),
    });
    expect(laughs.status).toBe(400);
    expect(laughs.body.error.message).toMatch(/expands aliases too much/);

    const empty = await invoke('evaluate-catalog-info', { yaml: '' });
    expect(empty.status).toBe(400);
  });
});

/** One JSON-RPC request to the portal's MCP endpoint; the answer may come as an SSE event. */
async function mcp(method: string, params: object, user = ALICE) {
  const res = await request(server)
    .post('/api/mcp-actions/v1')
    .set('Authorization', mockCredentials.user.header(user))
    .set('Accept', 'application/json, text/event-stream')
    .send({ jsonrpc: '2.0', id: 1, method, params });
  expect(res.status).toBe(200);
  const body = res.type === 'text/event-stream' ? res.text : undefined;
  if (body === undefined) return res.body;
  const data = body
    .split('\n')
    .find(line => line.startsWith('data: '))!
    .slice('data: '.length);
  return JSON.parse(data);
}

describe('the onboarding actions through the MCP server', () => {
  it('lists them as tools and calls one as the caller', async () => {
    const list = await mcp('tools/list', {});
    const names = list.result.tools.map((t: { name: string }) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'onboarding.get-entity-onboarding-status',
        'onboarding.get-team-onboarding-summary',
        'onboarding.list-onboarding-criteria',
        'onboarding.evaluate-catalog-info',
      ]),
    );
    const tool = list.result.tools.find(
      (t: { name: string }) => t.name === 'onboarding.evaluate-catalog-info',
    );
    expect(tool.annotations).toMatchObject({ readOnlyHint: true });
    expect(tool.inputSchema.required).toEqual(['yaml']);

    const call = await mcp('tools/call', {
      name: 'onboarding.get-entity-onboarding-status',
      arguments: { entityRef: SVC, language: 'en' },
    });
    expect(call.result.isError).toBeFalsy();
    expect(call.result.structuredContent).toMatchObject({
      entityRef: SVC,
      step: 2,
      verdict: 'NO-GO',
    });

    const denied = await mcp(
      'tools/call',
      {
        name: 'onboarding.get-entity-onboarding-status',
        arguments: { entityRef: SVC },
      },
      MALLORY,
    );
    expect(denied.result.isError).toBe(true);
    expect(denied.result.content[0].text).toMatch(/^NotFoundError: /);
  });
});
