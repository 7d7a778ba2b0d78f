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

  it('throws on text that is not YAML', () => {
    expect(() => catalogInclude('include: [unclosed')).toThrow();
  });
});
