export {
  readToolSourceConfig,
  requiredString,
  toolSourceTitle,
  ToolSourceConfigError,
} from './readToolSourceConfig';
export type { ToolSourceConfig } from './readToolSourceConfig';
export * from './readToolConnection';
export * from './productionEnvironments';
