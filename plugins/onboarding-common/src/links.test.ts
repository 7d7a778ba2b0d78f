import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_CRITERIA,
  evaluateCriterion,
  withConsoleHosts,
} from './criteria';
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

describe('console-url: https, and an allowed host when the portal lists them', () => {
  const withUrl = (url: string) =>
    entity({
      'cloud-pi-native.fr/console-project': 'abc',
      'cloud-pi-native.fr/console-url': url,
    });
  const hosts = ['console.example.gouv.fr'];
  const criterion = (allowed?: string[]) =>
    withConsoleHosts(DEFAULT_CRITERIA, allowed).find(
      c => c.id === 'S3-CONSOLE-URL',
    )!;
  const state = (url: string, allowed?: string[]) =>
    evaluateCriterion(criterion(allowed), withUrl(url), {
      now: new Date('2026-01-01'),
    });

  it('gives no link, and an invalid criterion saying what was expected and found, for http', () => {
    expect(
      getConsoleProjectUrl(
        withUrl('http://console.example.gouv.fr'),
        'https://c.fr',
      ),
    ).toBeUndefined();
    const result = state('http://console.example.gouv.fr');
    expect(result.state).toBe('invalid');
    expect(result.message.en).toContain('http://console.example.gouv.fr');
    expect(result.message.en).toContain('^https://');
  });

  it('gives no link to a host not allowed, and passes an allowed one', () => {
    const targets = {
      consoleBaseUrl: 'https://c.fr',
      consoleAllowedHosts: hosts,
    };
    expect(
      getConsoleProjectUrl(withUrl('https://evil.example.com'), targets),
    ).toBeUndefined();
    expect(state('https://evil.example.com', hosts).state).toBe('invalid');
    expect(
      getConsoleProjectUrl(
        withUrl('https://console.example.gouv.fr/'),
        targets,
      ),
    ).toBe('https://console.example.gouv.fr/projects/abc');
    expect(state('https://console.example.gouv.fr/', hosts).state).toBe('pass');
    // Without a list, any https host.
    expect(state('https://evil.example.com').state).toBe('pass');
    // A look-alike host does not slip through the pattern.
    expect(state('https://console.example.gouv.fr.evil.com', hosts).state).toBe(
      'invalid',
    );
  });

  it('passes without the annotation', () => {
    const result = evaluateCriterion(
      criterion(hosts),
      entity({ 'cloud-pi-native.fr/console-project': 'abc' }),
      { now: new Date('2026-01-01') },
    );
    expect(result.state).toBe('pass');
  });

  it('trims trailing slashes of a long hostile value without a quadratic regex', () => {
    const url = `https://c.fr${'/'.repeat(50_000)}x`;
    expect(getConsoleProjectUrl(withUrl(url), 'https://c.fr')).toBe(
      `${url}/projects/abc`,
    );
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
