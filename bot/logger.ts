/** Log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Fields a log line may carry: ids, counts, error names. Never message text or answers. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** A structured logger: one JSON line per event on stderr, so operators can ship it and nothing personal is in it. */
export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
}

/** A logger that writes at or above `minimum`. */
export function createLogger(minimum: LogLevel | 'silent', write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  return {
    log(level, event, fields = {}) {
      if (ORDER[level] < ORDER[minimum]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
    },
  };
}

/** What an error may say in a log: its name and message, and where it came from — never the turn's text. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    return { errorName: error.name, errorMessage: error.message.slice(0, 300), stack: error.stack?.split('\n').slice(1, 4).join(' | ') };
  }
  return { errorName: typeof error };
}
