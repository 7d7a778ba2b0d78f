export { dsfrThemeModule, createDsfrTheme } from './dsfrTheme';
