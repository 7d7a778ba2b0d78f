export { ToolClient } from './ToolClient';
export type { ToolClientOptions, ToolResponse } from './ToolClient';
export { ToolRequestError, isTransient } from './ToolRequestError';
export type { ToolRequestFailure } from './ToolRequestError';
