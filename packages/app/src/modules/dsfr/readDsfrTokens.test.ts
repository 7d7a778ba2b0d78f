// A test of the build's input, run by node: the frontend's ban on node modules is for the bundle.
// eslint-disable-next-line no-restricted-imports
import { readFileSync, writeFileSync } from 'fs';
// eslint-disable-next-line no-restricted-imports
import { dirname, resolve } from 'path';
import { DSFR_TOKEN_NAMES, readDsfrTokens } from './readDsfrTokens';

const GENERATED = resolve(__dirname, 'dsfrTokens.json');
// Through package.json: jest maps `*.css` requests to a stub.
const dsfrCss = () =>
  readFileSync(
    resolve(
      dirname(require.resolve('@gouvfr/dsfr/package.json')),
      'dist/core/core.css',
    ),
    'utf8',
  );

describe('readDsfrTokens', () => {
  it('resolves var() references down to the colour', () => {
    const css = `:root {\n  --blue-france-sun-113-625: #000091;\n}\n.x{}\n:root {\n  --text-action-high-blue-france: var(--blue-france-sun-113-625);\n}`;
    expect(readDsfrTokens(css, ['text-action-high-blue-france'])).toEqual({
      'text-action-high-blue-france': '#000091',
    });
  });

  it('ignores the dark scheme and the blocks inside media queries', () => {
    const css = `:root { --text-title-grey: #161616; }\n:root[data-fr-theme=dark] { --text-title-grey: #fff; }\n@media print { :root { --text-title-grey: #000; } }`;
    expect(readDsfrTokens(css, ['text-title-grey'])).toEqual({
      'text-title-grey': '#161616',
    });
  });

  it('names every token it cannot resolve to a colour', () => {
    const css = `:root { --text-title-grey: var(--nowhere); --text-default-grey: var(--text-default-grey); }`;
    expect(() =>
      readDsfrTokens(css, [
        'text-title-grey',
        'text-default-grey',
        'border-default-grey',
      ]),
    ).toThrow(
      'DSFR tokens not found as colours in the stylesheet: text-title-grey (var(--nowhere)), text-default-grey (var(--text-default-grey)), border-default-grey (not declared)',
    );
  });

  it('finds DSFR’s blue France and grey text in the installed package', () => {
    const tokens = readDsfrTokens(dsfrCss());
    expect(tokens['background-action-high-blue-france']).toBe('#000091');
    expect(tokens['text-default-grey']).toBe('#3a3a3a');
    expect(Object.keys(tokens)).toEqual([...DSFR_TOKEN_NAMES]);
  });

  // The browser bundle cannot read the package's CSS as data: it imports this file,
  // which must be what the installed @gouvfr/dsfr says (UPDATE_DSFR_TOKENS=1 rewrites it).
  it('is what dsfrTokens.json holds', () => {
    const tokens = readDsfrTokens(dsfrCss());
    const text = `${JSON.stringify(tokens, null, 2)}\n`;
    if (process.env.UPDATE_DSFR_TOKENS) writeFileSync(GENERATED, text);
    expect(readFileSync(GENERATED, 'utf8')).toBe(text);
  });
});
