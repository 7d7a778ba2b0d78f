import { parseYamlDocuments } from './boundedYaml';

const text = [
  'apiVersion: backstage.io/v1alpha1', // 1
  'kind: Component',
  'metadata:',
  '  name: first',
  '  annotations:', // 5
  '    cloud-pi-native.fr/step: "2"',
  '---',
  'kind: Component',
  'metadata:',
  '  name: second', // 10
  '---',
  'kind: [unclosed',
].join('\n');

describe('parseYamlDocuments', () => {
  const [first, second, third] = parseYamlDocuments(text);

  it('locates a key by its path, in the whole stream', () => {
    if (!('lineOf' in first)) throw new Error('first document unread');
    expect(
      first.lineOf(['metadata', 'annotations', 'cloud-pi-native.fr/step']),
    ).toBe(6);
    expect(first.lineOf(['metadata', 'name'])).toBe(4);
  });

  it('falls back to the deepest part of the path that exists', () => {
    if (!('lineOf' in first && 'lineOf' in second))
      throw new Error('documents unread');
    expect(first.lineOf(['metadata', 'annotations', 'absent'])).toBe(5);
    expect(second.lineOf(['metadata', 'annotations', 'absent'])).toBe(9);
    expect(second.lineOf(['spec', 'owner'])).toBe(8);
  });

  it('says on which line a malformed document fails', () => {
    expect(third).toEqual({ error: expect.any(String), line: 12 });
  });
});
