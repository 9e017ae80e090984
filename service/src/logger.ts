// A line-per-event JSON logger. Callers pass only fields safe to log: never contact data or post text.

export type LogLevel = 'silent' | 'error' | 'info' | 'debug';
type Fields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  error(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  debug(message: string, fields?: Fields): void;
  /** Whether a line at `level` would be written, so a caller can skip building it (absent: assume it would). */
  enabled?(level: Exclude<LogLevel, 'silent'>): boolean;
}

const RANK: Record<LogLevel, number> = { silent: 0, error: 1, info: 2, debug: 3 };

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const log =
    (at: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: Fields = {}) => {
      if (RANK[at] <= RANK[level]) write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields }));
    };
  return { error: log('error'), info: log('info'), debug: log('debug'), enabled: (at) => RANK[at] <= RANK[level] };
}
