/**
 * Start-up failures as one line that says what to fix (instead of a stack trace): the
 * operator reads it in a terminal or a service log and acts on it.
 */
import { GrammyError, HttpError } from "grammy";
import type { Config } from "./config.js";
import { ConfigError } from "./config.js";
import { DataDirLockedError } from "./db/data-dir-lock.js";

type Errno = NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };

/** Where the database is, without credentials. */
function databaseName(config: Config): string {
  if (!config.DATABASE_URL) return `the embedded database in ${config.DATA_DIR}`;
  const u = new URL(config.DATABASE_URL);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export function describeStartupError(err: unknown, config: Config): string {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) return err.message;
  if (err instanceof GrammyError && err.error_code === 401) {
    return "Telegram refused BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather.";
  }
  if (err instanceof GrammyError) {
    return `Telegram refused ${err.method} at start-up: ${err.description}`;
  }
  if (err instanceof HttpError) {
    return `Telegram's Bot API is unreachable (${config.TELEGRAM_API_ROOT ?? "api.telegram.org"}): check the network or TELEGRAM_API_ROOT.`;
  }
  // drizzle wraps the driver's error ("Failed query: …"): the cause says what happened
  let e = (err ?? {}) as Errno & { code?: string; path?: string; cause?: unknown };
  while (!e.code && e.cause && typeof e.cause === "object") e = e.cause as typeof e;
  switch (e.code) {
    case "EADDRINUSE":
      return `Port ${config.PORT} on ${config.HOST} is in use: stop what listens there or set PORT to a free port.`;
    case "ECONNREFUSED":
      return `Cannot connect to ${databaseName(config)}: is the server running and DATABASE_URL right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot resolve the database host of ${databaseName(config)}: check DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `${databaseName(config)} refused the user or password in DATABASE_URL.`;
    case "3D000":
      return `${databaseName(config)} does not exist: create it (createdb) or fix DATABASE_URL.`;
    case "EACCES":
    case "EROFS":
    case "EPERM":
      return `DATA_DIR ${config.DATA_DIR} is not writable (${e.code}${e.path ? ` at ${e.path}` : ""}): give this user write access or choose another DATA_DIR.`;
    case "ENOTDIR":
    case "EEXIST":
      return `DATA_DIR ${config.DATA_DIR} is not a directory: point DATA_DIR at a directory.`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `Start-up failed: ${message.split("\n")[0]}`;
}
