import { ReactNode } from 'react';
import {
  UnifiedThemeProvider,
  createUnifiedTheme,
  genPageTheme,
  palettes,
} from '@backstage/theme';
import { ThemeBlueprint } from '@backstage/plugin-app-react';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import AccountBalanceIcon from '@material-ui/icons/AccountBalance';
import marianneLight from '@gouvfr/dsfr/dist/fonts/Marianne-Light.woff2';
import marianneRegular from '@gouvfr/dsfr/dist/fonts/Marianne-Regular.woff2';
import marianneMedium from '@gouvfr/dsfr/dist/fonts/Marianne-Medium.woff2';
import marianneBold from '@gouvfr/dsfr/dist/fonts/Marianne-Bold.woff2';
import { DsfrTokens } from './readDsfrTokens';
// Read from @gouvfr/dsfr's stylesheet by readDsfrTokens; a test keeps it in step with the package.
import tokens from './dsfrTokens.json';

/** The Marianne typeface as DSFR ships it, at the weights MUI uses. */
const marianneFaces = (
  [
    [marianneLight, 300],
    [marianneRegular, 400],
    [marianneMedium, 500],
    [marianneBold, 700],
  ] as const
).map(([src, weight]) => ({
  fontFamily: 'Marianne',
  fontStyle: 'normal',
  fontWeight: weight,
  fontDisplay: 'swap' as const,
  src: `url(${src}) format('woff2')`,
}));

/** DSFR's typeface stack (its `--font-family` falls back to arial). */
export const DSFR_FONT_FAMILY = 'Marianne, arial, sans-serif';

/** A Backstage theme on DSFR's light colour tokens and its Marianne typeface. */
export function createDsfrTheme(t: DsfrTokens = tokens) {
  const blueFrance = t['background-action-high-blue-france'];
  // Flat blue France headers: DSFR has no gradients or decorative shapes.
  const header = genPageTheme({
    colors: [blueFrance, blueFrance],
    shape: 'none',
  });
  return createUnifiedTheme({
    fontFamily: DSFR_FONT_FAMILY,
    defaultPageTheme: 'home',
    pageTheme: {
      home: header,
      documentation: header,
      tool: header,
      service: header,
      website: header,
      library: header,
      other: header,
      app: header,
      apis: header,
    },
    palette: {
      ...palettes.light,
      primary: {
        main: blueFrance,
        dark: t['text-action-high-blue-france'],
        contrastText: t['text-inverted-blue-france'],
      },
      secondary: {
        main: t['background-action-high-red-marianne'],
        contrastText: t['text-inverted-grey'],
      },
      error: { main: t['background-flat-error'] },
      warning: { main: t['background-flat-warning'] },
      success: { main: t['background-flat-success'] },
      info: { main: t['background-flat-info'] },
      text: {
        primary: t['text-title-grey'],
        secondary: t['text-mention-grey'],
        disabled: t['text-disabled-grey'],
      },
      background: {
        default: t['background-alt-grey'],
        paper: t['background-default-grey'],
      },
      divider: t['border-default-grey'],
      border: t['border-default-grey'],
      textSubtle: t['text-mention-grey'],
      link: t['text-action-high-blue-france'],
      linkHover: t['text-action-high-blue-france'],
      errorText: t['text-default-error'],
      infoText: t['text-default-info'],
      errorBackground: t['background-contrast-error'],
      infoBackground: t['background-contrast-info'],
      status: {
        ...palettes.light.status,
        ok: t['background-flat-success'],
        warning: t['background-flat-warning'],
        error: t['background-flat-error'],
        running: t['background-flat-info'],
      },
      banner: {
        ...palettes.light.banner,
        info: t['background-flat-info'],
        error: t['background-flat-error'],
        warning: t['background-flat-warning'],
      },
      // The sidebar in blue France, as DSFR's dark blue areas.
      navigation: {
        background: blueFrance,
        indicator: t['text-inverted-grey'],
        color: t['text-inverted-blue-france'],
        selectedColor: t['text-inverted-grey'],
        navItem: {
          hoverBackground: t['background-action-high-blue-france-hover'],
        },
        submenu: { background: blueFrance },
      },
      tabbar: { indicator: blueFrance },
    },
    components: {
      // DSFR underlines links, so that colour is not their only mark (RGAA 10.6).
      MuiLink: { defaultProps: { underline: 'always' } },
    },
  });
}

const dsfrTheme = createDsfrTheme();

// The new frontend system renders no CssBaseline, where themes usually declare their
// fonts: the faces and the page's font are declared while the DSFR theme is the app's.
const useDsfrGlobalStyles = makeStyles({
  '@global': {
    '@font-face': marianneFaces,
    body: {
      fontFamily: DSFR_FONT_FAMILY,
      // Backstage UI's components read their font from this variable.
      '--bui-font-regular': DSFR_FONT_FAMILY,
    },
  },
});

/** Applies the DSFR theme and its typeface to what it wraps. */
export function DsfrThemeProvider({ children }: { children: ReactNode }) {
  useDsfrGlobalStyles();
  return <UnifiedThemeProvider theme={dsfrTheme} children={children} />;
}

/** The DSFR theme, offered in Settings beside Backstage's light and dark themes. */
export const dsfrThemeExtension = ThemeBlueprint.make({
  name: 'dsfr',
  params: {
    theme: {
      id: 'dsfr',
      title: 'DSFR',
      variant: 'light',
      icon: <AccountBalanceIcon />,
      Provider: DsfrThemeProvider,
    },
  },
});

export const dsfrThemeModule = createFrontendModule({
  pluginId: 'app',
  extensions: [dsfrThemeExtension],
});
