import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  evaluateCriterion,
  TEMPLATE_CRITERIA,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { MAX_SKELETON_FILE, TemplateFactSource } from './TemplateFactSource';
import { skeletonAnnotations } from './skeletonAnnotations';

const CATALOG_INFO = [
  'apiVersion: backstage.io/v1alpha1',
  'kind: Component',
  'metadata:',
  '  name: ${{ values.name }}',
  '  annotations:',
  '    cloud-pi-native.fr/console-project: ${{ values.project }}',
  'spec: {}',
].join('\n');

/** A template as the catalog holds it, whose skeleton is `./skeleton` next to its file. */
function template(
  folder: string,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: {
      name: 'tpl',
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:${join(
          folder,
          'template.yaml',
        )}`,
      },
      ...extra,
    },
    spec: {
      steps: [
        { action: 'fetch:template', input: { url: './skeleton' } },
        { action: 'publish:gitlab' },
      ],
    },
  };
}

const ROOTLESS_DOCKERFILE = [
  'FROM node:22 AS build',
  'RUN npm ci',
  'FROM node:22-alpine',
  'COPY --from=build /app /app',
  'USER node',
].join('\n');
const CATALOG_CI = [
  'include:',
  '  - project: $CATALOG_PATH',
  '    file: [vault-ci.yml, kaniko-ci.yml]',
  'build:',
  '  variables:',
  '    IMAGE_NAMES: ${{ values.name }}:$CI_COMMIT_SHORT_SHA',
].join('\n');

/** The state of a template criterion on gathered facts. */
function stateOf(
  id: string,
  entity: Entity,
  gathered: {
    facts: Record<string, unknown>;
    unavailable: Record<string, string>;
  },
) {
  const criterion = TEMPLATE_CRITERIA.find(c => c.id === id)!;
  return evaluateCriterion(criterion, entity, {
    now: new Date(),
    facts: gathered.facts,
    unavailableFacts: gathered.unavailable,
  }).state;
}

const noUrls = {
  readUrl: async () => {
    throw new Error('no URL should be read');
  },
} as unknown as UrlReaderService;

describe('TemplateFactSource', () => {
  let dir: string;
  let folder: string;
  let skeleton: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'onboarding-facts-'));
    folder = join(dir, 'template');
    skeleton = join(folder, 'skeleton');
    mkdirSync(skeleton, { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'root:x:0:0:secret\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const source = (
    options: Partial<ConstructorParameters<typeof TemplateFactSource>[0]> = {},
  ) =>
    new TemplateFactSource({
      urlReader: noUrls,
      logger: mockServices.logger.mock(),
      ...options,
    });

  it('reads the skeleton next to the template file the catalog recorded', async () => {
    writeFileSync(join(skeleton, 'catalog-info.yaml'), CATALOG_INFO);
    writeFileSync(
      join(skeleton, '.gitlab-ci-dso.yml'),
      'include: cloud-pi-native/gitlab-ci-catalog',
    );
    const gathered = await source().gather(template(folder));
    expect(gathered.unavailable).toEqual({});
    expect(gathered.facts).toMatchObject({
      'template/actions': ['fetch:template', 'publish:gitlab'],
      'skeleton/annotation/cloud-pi-native.fr/console-project':
        '${{ values.project }}',
      'skeleton/file/.gitlab-ci-dso.yml':
        'include: cloud-pi-native/gitlab-ci-catalog',
    });
  });

  it("reads the Dockerfile's final USER and the CI catalog include, as the GitLab source reads a repository", async () => {
    writeFileSync(join(skeleton, 'Dockerfile'), ROOTLESS_DOCKERFILE);
    writeFileSync(join(skeleton, '.gitlab-ci-dso.yml'), CATALOG_CI);
    // `.yml` wins over `.yaml`, as on GitLab.
    writeFileSync(join(skeleton, '.gitlab-ci-dso.yaml'), 'stages: [build]');
    const entity = template(folder);
    const gathered = await source().gather(entity);
    expect(gathered.unavailable).toEqual({});
    expect(gathered.facts).toMatchObject({
      'skeleton/file/Dockerfile': ROOTLESS_DOCKERFILE,
      'skeleton/dockerfile/user': 'node',
      'skeleton/dockerfile/rootless': true,
      'skeleton/ci/catalogIncluded': true,
      'skeleton/ci/catalogFiles': ['vault-ci.yml', 'kaniko-ci.yml'],
    });
    expect(stateOf('T3-ROOTLESS-IMAGE', entity, gathered)).toBe('pass');
    expect(stateOf('T3-PIPELINE', entity, gathered)).toBe('pass');
  });

  it.each([
    ['a root final stage', 'FROM node:22\nUSER node\nFROM nginx\nUSER 0:0'],
    ['no USER in the final stage', 'FROM node:22 AS b\nUSER node\nFROM nginx'],
    ['no Dockerfile', undefined],
  ])('fails the rootless criterion on %s', async (_, dockerfile) => {
    if (dockerfile) writeFileSync(join(skeleton, 'Dockerfile'), dockerfile);
    const entity = template(folder);
    const gathered = await source().gather(entity);
    expect(gathered.unavailable).toEqual({});
    expect(stateOf('T3-ROOTLESS-IMAGE', entity, gathered)).toBe('fail');
  });

  it.each([
    ['another project', 'include:\n  - project: team/ci\n    file: build.yml'],
    [
      'the catalog named in a comment only',
      '# cloud-pi-native/gitlab-ci-catalog\nbuild: {}',
    ],
    ['no CI file', undefined],
  ])('fails the pipeline criterion on %s', async (_, ci) => {
    if (ci) writeFileSync(join(skeleton, '.gitlab-ci-dso.yaml'), ci);
    const entity = template(folder);
    const gathered = await source().gather(entity);
    expect(gathered.facts['skeleton/ci/catalogIncluded']).toBe(
      ci ? false : undefined,
    );
    expect(stateOf('T3-PIPELINE', entity, gathered)).toBe('fail');
  });

  it('never follows a symbolic link to a Dockerfile: the criterion is unknown, not met', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nUSER app # root:x');
    symlinkSync(join(dir, 'Dockerfile'), join(skeleton, 'Dockerfile'));
    const entity = template(folder);
    const gathered = await source().gather(entity);
    expect(JSON.stringify(gathered.facts)).not.toContain('root:x');
    expect(gathered.facts['skeleton/dockerfile/user']).toBeUndefined();
    expect(gathered.unavailable).toEqual({
      'skeleton/file/Dockerfile': expect.stringMatching(
        /symbolic links are not followed/,
      ),
      'skeleton/dockerfile': expect.stringMatching(
        /symbolic links are not followed/,
      ),
    });
    expect(stateOf('T3-ROOTLESS-IMAGE', entity, gathered)).toBe('unknown');
  });

  it('never follows a symbolic link, to a file or through a folder; the other facts stay', async () => {
    writeFileSync(join(skeleton, 'catalog-info.yaml'), CATALOG_INFO);
    symlinkSync(join(dir, 'secret.txt'), join(skeleton, '.gitlab-ci-dso.yml'));
    const gathered = await source().gather(template(folder));
    expect(JSON.stringify(gathered)).not.toContain('root:x');
    expect(gathered.unavailable).toEqual({
      'skeleton/file/.gitlab-ci-dso.yml': expect.stringMatching(
        /symbolic links are not followed/,
      ),
      'skeleton/ci': expect.stringMatching(/symbolic links are not followed/),
    });
    expect(gathered.facts['template/actions']).toEqual([
      'fetch:template',
      'publish:gitlab',
    ]);
    expect(
      gathered.facts['skeleton/annotation/cloud-pi-native.fr/console-project'],
    ).toBeDefined();

    // The skeleton folder itself a link to a folder outside.
    rmSync(skeleton, { recursive: true });
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', 'catalog-info.yaml'), CATALOG_INFO);
    symlinkSync(join(dir, 'outside'), skeleton);
    const linked = await source().gather(template(folder));
    expect(linked.unavailable['skeleton/annotation']).toMatch(
      /symbolic links are not followed/,
    );
    expect(linked.facts['skeleton/file/catalog-info.yaml']).toBeUndefined();
  });

  it('refuses a skeleton outside the template folder', async () => {
    const entity = template(folder);
    (entity.spec!.steps as any)[0].input.url = '../';
    const gathered = await source().gather(entity);
    expect(gathered.unavailable).toEqual({
      skeleton:
        'skeleton location refused: skeleton "../" is outside the template\'s folder',
    });
    expect(gathered.facts['template/actions']).toHaveLength(2);
  });

  it('uses only the location the catalog recorded, not the origin location', async () => {
    writeFileSync(join(skeleton, 'catalog-info.yaml'), CATALOG_INFO);
    const entity = template(folder);
    entity.metadata.annotations!['backstage.io/origin-location'] = `file:${join(
      dir,
      'elsewhere',
      'x.yaml',
    )}`;
    const gathered = await source().gather(entity);
    expect(gathered.facts['skeleton/file/catalog-info.yaml']).toBe(
      CATALOG_INFO,
    );
  });

  it('reads at most the byte cap of a file', async () => {
    writeFileSync(
      join(skeleton, '.gitlab-ci-dso.yml'),
      'x'.repeat(MAX_SKELETON_FILE + 1000),
    );
    const gathered = await source().gather(template(folder));
    expect(
      (gathered.facts['skeleton/file/.gitlab-ci-dso.yml'] as string).length,
    ).toBe(MAX_SKELETON_FILE);
  });

  it('reuses what it read for the TTL, then reads again; gatheredAt is when it was read', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const facts = source({ ttlMs: 10 * 60_000, now: () => now });
    writeFileSync(join(skeleton, '.gitlab-ci-dso.yml'), 'v1');
    const first = await facts.gather(template(folder));
    writeFileSync(join(skeleton, '.gitlab-ci-dso.yml'), 'v2');
    now = new Date('2026-01-01T10:09:00Z');
    const cached = await facts.gather(template(folder));
    expect(cached.facts['skeleton/file/.gitlab-ci-dso.yml']).toBe('v1');
    expect(cached.gatheredAt).toEqual(first.gatheredAt);
    now = new Date('2026-01-01T10:11:00Z');
    const fresh = await facts.gather(template(folder));
    expect(fresh.facts['skeleton/file/.gitlab-ci-dso.yml']).toBe('v2');
    expect(fresh.gatheredAt).toEqual(now);
  });

  it('reads the annotations of a templated catalog-info.yaml that is not YAML yet, line by line', () => {
    const text = `metadata:\n  annotations:\n    a/b: \${{ x }}\n    c: [\n\n  # note\n    d: 1\nspec:\n  x: 1\n`;
    expect(skeletonAnnotations(text)).toEqual({
      'a/b': '${{ x }}',
      c: '[',
      d: '1',
    });
    // Its speed on hostile text (64 kB of newlines) is measured by scripts/bench-yaml.js.
  });
});
