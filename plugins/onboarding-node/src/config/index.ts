export {
  readToolSourceConfig,
  requiredString,
  toolSourceTitle,
  ToolSourceConfigError,
} from './readToolSourceConfig';
export type { ToolSourceConfig } from './readToolSourceConfig';
