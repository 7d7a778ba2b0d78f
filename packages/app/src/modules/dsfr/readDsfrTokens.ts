/**
 * Reads DSFR colour tokens from the stylesheet the @gouvfr/dsfr package ships
 * (dist/core/core.css): the custom properties of its light `:root` blocks, with their
 * `var(--…)` references resolved down to colour values.
 */

/** The DSFR decision tokens the portal's theme uses (names without the leading `--`). */
export const DSFR_TOKEN_NAMES = [
  'background-default-grey',
  'background-default-grey-hover',
  'background-alt-grey',
  'background-contrast-grey',
  'background-action-high-blue-france',
  'background-action-high-blue-france-hover',
  'background-alt-blue-france',
  'background-flat-error',
  'background-flat-warning',
  'background-flat-success',
  'background-flat-info',
  'background-contrast-info',
  'background-contrast-error',
  'background-contrast-warning',
  'text-default-grey',
  'text-title-grey',
  'text-mention-grey',
  'text-disabled-grey',
  'text-action-high-blue-france',
  'text-inverted-blue-france',
  'text-default-error',
  'text-default-warning',
  'text-default-success',
  'text-default-info',
  'border-default-grey',
  'border-plain-grey',
  'border-default-blue-france',
  'border-plain-red-marianne',
  'background-action-high-red-marianne',
  'text-inverted-grey',
] as const;

export type DsfrTokenName = (typeof DSFR_TOKEN_NAMES)[number];
export type DsfrTokens = Record<DsfrTokenName, string>;

/** Every custom property declared in the stylesheet's plain `:root { … }` blocks. */
function rootProperties(css: string): Map<string, string> {
  const properties = new Map<string, string>();
  const block = /(^|})\s*:root\s*\{([^{}]*)\}/g;
  for (let m = block.exec(css); m; m = block.exec(css)) {
    const declaration = /--([\w-]+)\s*:\s*([^;]+)/g;
    for (let d = declaration.exec(m[2]); d; d = declaration.exec(m[2]))
      properties.set(d[1], d[2].trim());
  }
  return properties;
}

/**
 * The values of `names` in the DSFR stylesheet `css`; throws naming the tokens it cannot
 * resolve, so that a DSFR release renaming one fails the build's tests, not the theme.
 */
export function readDsfrTokens(
  css: string,
  names: readonly DsfrTokenName[] = DSFR_TOKEN_NAMES,
): DsfrTokens {
  const properties = rootProperties(css);
  const resolve = (name: string, seen: string[]): string | undefined => {
    const value = properties.get(name);
    const ref = value?.match(/^var\(--([\w-]+)\)$/);
    if (!ref || seen.includes(ref[1])) return ref ? undefined : value;
    return resolve(ref[1], [...seen, name]);
  };
  const tokens: Partial<DsfrTokens> = {};
  const missing: string[] = [];
  for (const name of names) {
    const value = resolve(name, []);
    if (value && /^#[0-9a-f]{3,8}$/i.test(value)) tokens[name] = value;
    else missing.push(`${name} (${properties.get(name) ?? 'not declared'})`);
  }
  if (missing.length)
    throw new Error(
      `DSFR tokens not found as colours in the stylesheet: ${missing.join(
        ', ',
      )}`,
    );
  return tokens as DsfrTokens;
}
