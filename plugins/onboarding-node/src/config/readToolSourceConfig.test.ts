import { ConfigReader } from '@backstage/config';
import { readToolSourceConfig, toolSourceTitle } from './readToolSourceConfig';

const read = (block?: object) =>
  readToolSourceConfig(
    new ConfigReader(block ? { onboarding: { sources: { tool: block } } } : {}),
    'tool',
  );

describe('readToolSourceConfig', () => {
  it('is undefined when the source is not configured', () => {
    expect(read()).toBeUndefined();
  });

  it('reads an https URL without its trailing slash, and titles a simulator as such', () => {
    const source = read({ baseUrl: 'https://tool.example.gouv.fr/api/', timeoutMs: 500 });
    expect(source).toMatchObject({
      baseUrl: 'https://tool.example.gouv.fr/api',
      simulated: false,
      timeoutMs: 500,
      path: 'onboarding.sources.tool',
    });
    const simulated = read({ baseUrl: 'http://localhost:7010/tool', simulated: true })!;
    expect(toolSourceTitle('Tool', simulated)).toBe(
      'Tool (SIMULATOR at http://localhost:7010/tool)',
    );
  });

  it.each([
    [{}, 'onboarding.sources.tool.baseUrl: required'],
    [{ baseUrl: 'pas une url' }, 'onboarding.sources.tool.baseUrl: "pas une url" is not a URL'],
    [{ baseUrl: 'http://tool.example.gouv.fr' }, 'onboarding.sources.tool.baseUrl: must be an https URL'],
    [{ baseUrl: 'https://user:pw@tool.example.gouv.fr' }, 'onboarding.sources.tool.baseUrl: must not carry credentials'],
    [{ baseUrl: 'https://tool.example.gouv.fr', timeoutMs: 5 }, 'onboarding.sources.tool.timeoutMs: expected a whole number'],
  ])('refuses %j with an error naming the path', (block, message) => {
    expect(() => read(block)).toThrow(message);
  });
});
