import { ToolRequestError } from './ToolRequestError';

/** An answer of the right status but not of the shape the tool documents: names the request, never its query. */
export function invalidAnswer(
  tool: string,
  path: string,
  what = 'the answer does not have the documented shape',
): ToolRequestError {
  return new ToolRequestError(
    'invalid-response',
    `${tool} GET ${path}: ${what}`,
  );
}

/** A JSON object, not null nor an array: what tools answer for one resource. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
