import { ConfigReader } from '@backstage/config';
import { readToolConnection, readToolSecret } from './readToolConnection';
import { readProductionEnvironments } from './productionEnvironments';

const PATH = 'onboarding.sources.argocd';
const read = (data: object) => readToolConnection(new ConfigReader(data), PATH);

describe('readToolConnection', () => {
  it('reads an https URL without its trailing slash, with the timeout', () => {
    expect(
      read({ baseUrl: 'https://argocd.example.gouv.fr/', timeoutMs: 5000 }),
    ).toEqual({
      baseUrl: 'https://argocd.example.gouv.fr',
      simulated: false,
      timeoutMs: 5000,
    });
  });

  it('accepts http only for the simulator', () => {
    expect(
      read({ baseUrl: 'http://localhost:7010/argocd', simulated: true }),
    ).toMatchObject({ simulated: true });
    expect(() => read({ baseUrl: 'http://argocd.example.gouv.fr' })).toThrow(
      'Invalid config at onboarding.sources.argocd.baseUrl: must be an https URL (http is accepted only with simulated: true)',
    );
  });

  it('names the path of a malformed URL, timeout or URL carrying credentials', () => {
    expect(() => read({ baseUrl: 'argocd' })).toThrow(
      'Invalid config at onboarding.sources.argocd.baseUrl: "argocd" is not an absolute URL',
    );
    expect(() => read({ baseUrl: 'https://u:p@argocd.example' })).toThrow(
      `${PATH}.baseUrl: give the URL without credentials`,
    );
    expect(() =>
      read({ baseUrl: 'https://argocd.example', timeoutMs: -1 }),
    ).toThrow(`${PATH}.timeoutMs`);
  });

  it('refuses a blank secret without showing it', () => {
    const config = new ConfigReader({ token: ' ' });
    expect(() => readToolSecret(config, PATH, 'token')).toThrow(
      'Invalid config at onboarding.sources.argocd.token: must be a non-empty value without spaces',
    );
    expect(
      readToolSecret(new ConfigReader({ token: 'abc' }), PATH, 'token'),
    ).toBe('abc');
  });
});

describe('readProductionEnvironments', () => {
  const readNames = (data: object) =>
    readProductionEnvironments(new ConfigReader(data), PATH);
  it('defaults to prod and production, and reads console environment names', () => {
    expect(readNames({})).toEqual(['prod', 'production']);
    expect(readNames({ productionEnvironments: ['prd'] })).toEqual(['prd']);
  });
  it('refuses an empty list or a name the console would not accept', () => {
    expect(() => readNames({ productionEnvironments: [] })).toThrow(
      'Invalid config at onboarding.sources.argocd.productionEnvironments',
    );
    expect(() => readNames({ productionEnvironments: ['Prod!'] })).toThrow(
      'productionEnvironments',
    );
  });
});
