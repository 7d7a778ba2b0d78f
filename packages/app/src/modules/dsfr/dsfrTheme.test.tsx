import { render, screen } from '@testing-library/react';
import { createDsfrTheme, dsfrThemeExtension } from './dsfrTheme';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { ThemeBlueprint } from '@backstage/plugin-app-react';
import tokens from './dsfrTokens.json';

/** WCAG 2.1 contrast ratio of two #rgb / #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const h = hex.replace('#', '');
    const full = h.length === 3 ? [...h].map(c => c + c).join('') : h;
    const [r, g, bl] = [0, 2, 4].map(i => {
      const c = parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('DSFR theme', () => {
  const v4 = createDsfrTheme().getTheme('v4')! as any;

  it('takes its colours and typeface from the DSFR tokens', () => {
    expect(v4.palette.primary.main).toBe(
      tokens['background-action-high-blue-france'],
    );
    expect(v4.palette.primary.main).toBe('#000091');
    expect(v4.palette.text.primary).toBe(tokens['text-title-grey']);
    expect(v4.palette.background.paper).toBe(tokens['background-default-grey']);
    expect(v4.typography.fontFamily).toBe('Marianne, arial, sans-serif');
  });

  it.each([
    ['text on paper', 'text.primary', 'background.paper'],
    ['secondary text on paper', 'text.secondary', 'background.paper'],
    ['secondary text on the page', 'text.secondary', 'background.default'],
    ['links on paper', 'link', 'background.paper'],
    ['primary buttons', 'primary.contrastText', 'primary.main'],
    ['sidebar items', 'navigation.color', 'navigation.background'],
    [
      'the selected sidebar item',
      'navigation.selectedColor',
      'navigation.background',
    ],
  ])('gives %s a WCAG AA contrast (4.5:1)', (_, fg, bg) => {
    const get = (path: string) =>
      path.split('.').reduce((o, k) => o[k], v4.palette);
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it('is a light theme named DSFR for the theme switcher in Settings', async () => {
    const theme = createExtensionTester(dsfrThemeExtension).get(
      ThemeBlueprint.dataRefs.theme,
    );
    expect(theme).toMatchObject({
      id: 'dsfr',
      title: 'DSFR',
      variant: 'light',
    });
    render(
      <theme.Provider>
        <p>inside</p>
      </theme.Provider>,
    );
    expect(screen.getByText('inside')).toBeInTheDocument();
    // While it is the app's theme, Marianne is declared at DSFR's four weights and is the page's font.
    const css = [...document.querySelectorAll('style')]
      .map(style => style.textContent)
      .join('\n');
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(faces).toHaveLength(4);
    for (const weight of [300, 400, 500, 700])
      expect(faces.some(f => f.includes(`font-weight: ${weight}`))).toBe(true);
    expect(faces.every(f => /font-family: Marianne/.test(f))).toBe(true);
    expect(getComputedStyle(document.body).fontFamily).toBe(
      'Marianne, arial, sans-serif',
    );
  });
});
