/** `npm start`: read config, build the app, start it, stop it cleanly on SIGINT/SIGTERM. */
import type { App } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";

async function main() {
  let config: Awaited<ReturnType<typeof loadConfig>>;
  try {
    config = await loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  // The database opens (PGlite: reading and compiling its WASM, starting Postgres) while the
  // rest of the app loads: start-up waits for the longer of the two, not for both in turn.
  const opening = openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  opening.catch(() => {}); // its failure is reported below, once
  const [{ createApp }, { describeStartupError }] = await Promise.all([
    import("./app.js"),
    import("./startup-errors.js"),
  ]);
  let app: App | undefined;
  let port: number;
  try {
    app = await createApp(config, { database: await opening });
    ({ port } = await app.start());
  } catch (err) {
    // one line that says what to fix, not a stack trace
    console.error(describeStartupError(err, config));
    process.exit(1);
  }
  // Nothing that goes wrong in one update or one background task may stop the process:
  // log it as one JSON line (secrets redacted) and go on.
  process.on("unhandledRejection", (err) => app.logger.error({ err }, "unhandled rejection"));
  app.logger.info(`Admin panel: http://localhost:${port}/`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      app.logger.error("shutdown took longer than 10 s; exiting");
      process.exit(1);
    }, 10_000);
    timer.unref();
    await app.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

await main();
