import { LoggerService } from '@backstage/backend-plugin-api';

/** One line a recording logger received, with its metadata as JSON. */
export interface RecordedLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  meta: string;
}

/** A real LoggerService that keeps every line, to check what sources log (never a credential). */
export interface RecordingLogger extends LoggerService {
  child(meta: Record<string, unknown>): RecordingLogger;
  /** Every line, children's included. */
  readonly lines: RecordedLine[];
  /** All lines as one text, to search for what must not be there. */
  text(): string;
}

const json = (value: unknown) => {
  if (value instanceof Error)
    return `${value.name}: ${value.message} ${value.stack ?? ''}`;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
};

/** A logger that records instead of printing; children share their parent's lines. */
export function recordingLogger(
  lines: RecordedLine[] = [],
  base: Record<string, unknown> = {},
): RecordingLogger {
  const record =
    (level: RecordedLine['level']) => (message: string, meta?: unknown) => {
      lines.push({ level, message, meta: json({ ...base, meta }) });
    };
  return {
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
    child: meta => recordingLogger(lines, { ...base, ...meta }),
    lines,
    text: () => lines.map(l => `${l.level} ${l.message} ${l.meta}`).join('\n'),
  };
}
