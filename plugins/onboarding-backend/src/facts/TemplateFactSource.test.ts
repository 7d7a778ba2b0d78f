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

  it('never follows a symbolic link, to a file or through a folder; the other facts stay', async () => {
    writeFileSync(join(skeleton, 'catalog-info.yaml'), CATALOG_INFO);
    symlinkSync(join(dir, 'secret.txt'), join(skeleton, '.gitlab-ci-dso.yml'));
    const gathered = await source().gather(template(folder));
    expect(JSON.stringify(gathered)).not.toContain('root:x');
    expect(gathered.unavailable).toEqual({
      'skeleton/file/.gitlab-ci-dso.yml': expect.stringMatching(
        /symbolic links are not followed/,
      ),
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
