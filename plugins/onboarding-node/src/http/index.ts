export { ToolClient } from './ToolClient';
export type {
  ToolClientOptions,
  ToolGetRequest,
  ToolResponse,
} from './ToolClient';
export { ToolRequestError, isTransient } from './ToolRequestError';
export type { ToolRequestFailure } from './ToolRequestError';
export { invalidAnswer, isJsonObject } from './invalidAnswer';
