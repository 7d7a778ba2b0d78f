import { Entity } from '@backstage/catalog-model';
import { getConsoleProjectUrl, getDocsUrl } from './links';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', annotations },
});

describe('getConsoleProjectUrl', () => {
  const base = 'https://console.example.fr/';

  it('links to the project and to one of its tabs', () => {
    const e = entity({
      'cloud-pi-native.fr/console-project': 'dossier-usager',
    });
    expect(getConsoleProjectUrl(e, base)).toBe(
      'https://console.example.fr/projects/dossier-usager',
    );
    expect(getConsoleProjectUrl(e, base, 'services')).toBe(
      'https://console.example.fr/projects/dossier-usager?tab=services',
    );
  });

  it("prefers the entity's own console instance", () => {
    const e = entity({
      'cloud-pi-native.fr/console-project': 'abc',
      'cloud-pi-native.fr/console-url': 'https://other.example.fr',
    });
    expect(getConsoleProjectUrl(e, base)).toBe(
      'https://other.example.fr/projects/abc',
    );
  });

  it('gives no link without a usable slug or base URL', () => {
    expect(getConsoleProjectUrl(entity({}), base)).toBeUndefined();
    expect(
      getConsoleProjectUrl(
        entity({ 'cloud-pi-native.fr/console-project': 'Not A Slug/../x' }),
        base,
      ),
    ).toBeUndefined();
    expect(
      getConsoleProjectUrl(
        entity({ 'cloud-pi-native.fr/console-project': 'abc' }),
        undefined,
      ),
    ).toBeUndefined();
  });
});

describe('getDocsUrl', () => {
  it('joins the base URL and the page path', () => {
    expect(
      getDocsUrl('https://cloud-pi-native.fr/', '/guide/get-started'),
    ).toBe('https://cloud-pi-native.fr/guide/get-started');
    expect(getDocsUrl('https://cloud-pi-native.fr')).toBe(
      'https://cloud-pi-native.fr/',
    );
  });
});
