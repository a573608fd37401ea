import { pino } from "pino";

export type Logger = pino.Logger;

export interface LoggerOptions {
  /** values never to appear in a log line (bot token, webhook secret) */
  secrets?: (string | undefined)[];
  /** where JSON lines go (tests read them); stdout by default */
  destination?: { write(line: string): unknown };
}

/** Anything shaped like a bot token (`123456:AA…`), e.g. inside a library's request URL. */
const TOKEN_LIKE = /\b\d{5,16}:[A-Za-z0-9_-]{30,}\b/g;

/**
 * Replaces secrets in a finished log line. Done on the serialized line, so errors thrown by
 * libraries (grammY puts the token in request URLs and stacks) are covered too.
 */
export function redactor(secrets: (string | undefined)[] = []): (line: string) => string {
  const known = secrets.filter((s): s is string => !!s && s.length >= 8);
  return (line) => {
    let out = line;
    for (const s of known) out = out.split(s).join("[redacted]");
    return out.replace(TOKEN_LIKE, "[redacted]");
  };
}

export function createLogger(level: string, opts: LoggerOptions = {}): Logger {
  const redact = redactor(opts.secrets);
  const dest = opts.destination ?? process.stdout;
  return pino(
    { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    { write: (line: string) => dest.write(redact(line)) },
  );
}
