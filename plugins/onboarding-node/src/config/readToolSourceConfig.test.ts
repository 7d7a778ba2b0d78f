import { ConfigReader } from '@backstage/config';
import { readToolSourceConfig } from './readToolSourceConfig';
import { readProductionEnvironments } from './productionEnvironments';

const PATH = 'onboarding.sources.tool';
const read = (block?: object) =>
  readToolSourceConfig(
    new ConfigReader(block ? { onboarding: { sources: { tool: block } } } : {}),
    'tool',
    { tool: 'Tool', secrets: ['token'] },
  );
const valid = { baseUrl: 'https://tool.example.gouv.fr', token: 't0ken' };

describe('readToolSourceConfig', () => {
  it('is undefined when the source is not configured', () => {
    expect(read()).toBeUndefined();
  });

  it('reads an https URL without its trailing slash, the secrets, and only the limits set', () => {
    const source = read({
      baseUrl: 'https://tool.example.gouv.fr/api/',
      token: 't0ken',
      timeoutMs: 500,
    })!;
    expect(source).toMatchObject({
      path: PATH,
      baseUrl: 'https://tool.example.gouv.fr/api',
      simulated: false,
      title: 'Tool (https://tool.example.gouv.fr/api)',
      secrets: { token: 't0ken' },
    });
    // An absent limit must not be a key: spread over the client's defaults, it would erase them.
    expect(source.limits).toStrictEqual({ timeoutMs: 500 });
    expect(read({ ...valid, retries: 0, maxBytes: 2048 })!.limits).toEqual({
      retries: 0,
      maxBytes: 2048,
    });
    expect(source.config.getString('token')).toBe('t0ken');
  });

  it('accepts http only for the simulator, and says so in the title', () => {
    const simulated = read({
      ...valid,
      baseUrl: 'http://localhost:7010/tool',
      simulated: true,
    })!;
    expect(simulated.simulated).toBe(true);
    expect(simulated.title).toBe(
      'Tool — SIMULATOR (http://localhost:7010/tool)',
    );
  });

  it('reads every secret asked for', () => {
    const source = readToolSourceConfig(
      new ConfigReader({
        onboarding: {
          sources: { tool: { ...valid, username: 'robot$r', password: 'p w' } },
        },
      }),
      'tool',
      { tool: 'Tool', secrets: ['username', 'password'] },
    )!;
    expect(source.secrets).toEqual({ username: 'robot$r', password: 'p w' });
  });

  it.each([
    [{ token: 't' }, `Missing required config value at '${PATH}.baseUrl'`],
    [
      { ...valid, baseUrl: 'pas une url' },
      `Invalid config at '${PATH}.baseUrl': "pas une url" is not an absolute URL`,
    ],
    [
      { ...valid, baseUrl: 'http://tool.example.gouv.fr' },
      `Invalid config at '${PATH}.baseUrl': must be an https URL (http is accepted only with '${PATH}.simulated: true'), found "http://tool.example.gouv.fr"`,
    ],
    [
      { ...valid, baseUrl: 'ftp://tool.example.gouv.fr', simulated: true },
      `'${PATH}.baseUrl': must be an https URL`,
    ],
    [
      { ...valid, baseUrl: 'https://user:pw@tool.example.gouv.fr' },
      `Invalid config at '${PATH}.baseUrl': must not carry credentials, a query or a fragment`,
    ],
    [
      { ...valid, baseUrl: 'https://tool.example.gouv.fr?private_token=x' },
      `'${PATH}.baseUrl': must not carry credentials, a query or a fragment`,
    ],
    [
      { baseUrl: valid.baseUrl },
      `Missing required config value at '${PATH}.token'`,
    ],
    [
      { ...valid, token: ' ' },
      `Invalid config at '${PATH}.token': must not be blank`,
    ],
    [
      { ...valid, token: 'abc\n' },
      `Invalid config at '${PATH}.token': must not start or end with white space`,
    ],
    [
      { ...valid, timeoutMs: 5 },
      `Invalid config at '${PATH}.timeoutMs': expected a whole number from 100 to 120000, found 5`,
    ],
    [{ ...valid, timeoutMs: 1.5e3 + 0.5 }, `'${PATH}.timeoutMs'`],
    [
      { ...valid, retries: -1 },
      `Invalid config at '${PATH}.retries': expected a whole number from 0 to 10, found -1`,
    ],
    [{ ...valid, maxBytes: 0 }, `'${PATH}.maxBytes'`],
  ])('refuses %j with an error naming the path', (block, message) => {
    expect(() => read(block)).toThrow(message);
  });

  it('never shows a secret in its errors', () => {
    expect(() => read({ ...valid, token: 's3cret ' })).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining('s3cret'),
      }),
    );
  });
});

describe('readProductionEnvironments', () => {
  const readNames = (data: object) =>
    readProductionEnvironments({ config: new ConfigReader(data), path: PATH });
  it('defaults to prod and production, and reads console environment names', () => {
    expect(readNames({})).toEqual(['prod', 'production']);
    expect(readNames({ productionEnvironments: ['prd'] })).toEqual(['prd']);
  });
  it('refuses an empty list or a name the console would not accept', () => {
    expect(() => readNames({ productionEnvironments: [] })).toThrow(
      `Invalid config at '${PATH}.productionEnvironments'`,
    );
    expect(() => readNames({ productionEnvironments: ['Prod!'] })).toThrow(
      'productionEnvironments',
    );
  });
});
