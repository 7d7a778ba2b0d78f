import { catalogInclude } from './ciCatalog';

describe('catalogInclude', () => {
  it('reads the catalog files of a project include', () => {
    expect(
      catalogInclude(
        [
          'include:',
          '  - project: $CATALOG_PATH',
          '    file:',
          '      - vault-ci.yml',
          '      - kaniko-ci.yml',
          '    ref: main',
          '  - local: extra.yml',
          'stages: [read-secret, build-app]',
        ].join('\n'),
      ),
    ).toEqual({ included: true, files: ['vault-ci.yml', 'kaniko-ci.yml'] });
  });

  it('accepts a single include, a single file and the catalog by path', () => {
    expect(
      catalogInclude(
        'include:\n  project: forge/cloud-pi-native/gitlab-ci-catalog\n  file: sonar-ci.yml\n',
      ),
    ).toEqual({ included: true, files: ['sonar-ci.yml'] });
    expect(
      catalogInclude(
        'include:\n  - project: ${CATALOG_PATH}\n    file: vault-ci.yml',
      ),
    ).toEqual({ included: true, files: ['vault-ci.yml'] });
  });

  it('finds no catalog in other includes or none', () => {
    expect(
      catalogInclude(
        'include:\n  - project: team/ci-templates\n    file: build.yml',
      ),
    ).toEqual({ included: false, files: [] });
    expect(catalogInclude('build:\n  script: make')).toEqual({
      included: false,
      files: [],
    });
    expect(catalogInclude('')).toEqual({ included: false, files: [] });
  });

  it('reads flow lists and flow entries, quoted values and comments', () => {
    expect(
      catalogInclude(
        'include:\n  - project: \'$CATALOG_PATH\' # the platform sets it\n    file: [vault-ci.yml, "kaniko-ci.yml"]\n',
      ),
    ).toEqual({ included: true, files: ['vault-ci.yml', 'kaniko-ci.yml'] });
    expect(
      catalogInclude(
        'include:\n  - { project: forge/gitlab-ci-catalog, file: [sonar-ci.yml] }\n  - local: x.yml',
      ),
    ).toEqual({ included: true, files: ['sonar-ci.yml'] });
    expect(
      catalogInclude(
        "include: [{project: '${CATALOG_PATH}', file: vault-ci.yml}, {local: x.yml}]",
      ),
    ).toEqual({ included: true, files: ['vault-ci.yml'] });
  });

  it('reads lists at the column of their key, and entries with keys on the next line', () => {
    expect(
      catalogInclude(
        [
          'include:',
          '- project: $CATALOG_PATH',
          '  file:',
          '  - vault-ci.yml',
          '  ref: main',
          '-',
          '  project: $CATALOG_PATH',
          '  file: kaniko-ci.yml',
          'stages: [build]',
          '- not-an-include.yml',
        ].join('\n'),
      ),
    ).toEqual({ included: true, files: ['vault-ci.yml', 'kaniko-ci.yml'] });
  });

  it('reads a templated skeleton file that is not YAML yet', () => {
    expect(
      catalogInclude(
        [
          '{% if values.vault %}',
          'include:',
          '  - project: $CATALOG_PATH',
          '    file:',
          '{%- if values.vault %}',
          '      - vault-ci.yml',
          '{%- endif %}',
          '      - kaniko-ci.yml',
          'build:',
          '  variables:',
          '    IMAGE_NAMES: ${{ values.name }}:$CI_COMMIT_SHORT_SHA',
          '{% endif %}',
        ].join('\n'),
      ),
    ).toEqual({ included: true, files: ['vault-ci.yml', 'kaniko-ci.yml'] });
  });

  it('ignores the catalog named outside the include, or deeper in an entry', () => {
    expect(
      catalogInclude(
        'variables:\n  CATALOG: cloud-pi-native/gitlab-ci-catalog\n# include: cloud-pi-native/gitlab-ci-catalog',
      ),
    ).toEqual({ included: false, files: [] });
    expect(
      catalogInclude(
        'include:\n  - local: build.yml\n    inputs:\n      project: $CATALOG_PATH\n      file: vault-ci.yml',
      ),
    ).toEqual({ included: false, files: [] });
    expect(
      catalogInclude('include: cloud-pi-native/gitlab-ci-catalog'),
    ).toEqual({ included: false, files: [] });
  });

  it('includes nothing from malformed text, without throwing', () => {
    for (const text of [
      'include: [unclosed',
      'include:\n  - {project: $CATALOG_PATH, file: [a.yml',
      `include: ${'['.repeat(10_000)}`,
      'include:\n  - project: $CATALOG_PATH\n    file:',
    ])
      expect(catalogInclude(text)).toEqual({ included: false, files: [] });
  });
});
