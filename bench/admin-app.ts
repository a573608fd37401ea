/**
 * The app as the admin benches drive it: in-memory PGlite, the built-in Telegram, a logged-in
 * secretary, and a timer for GET requests through `app.http.request` (no sockets).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type App, createApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { type Database, openDatabase } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import { percentile } from "./stats.js";

export interface BenchAdminApp {
  app: App;
  database: Database;
  /** p50/p95 of `runs` GETs after 3 warm-up requests; `check` reads and verifies each response */
  time(
    path: string,
    runs: number,
    check?: (r: Response) => Promise<void>,
  ): Promise<{
    p50: number;
    p95: number;
  }>;
  /** logs in a secretary; requests made by time() carry the session from then on */
  login(): Promise<void>;
  /** the logged-in session's headers, for requests timed by the caller */
  headers(): Record<string, string>;
  close(): Promise<void>;
}

export const okPage = async (r: Response) => {
  if (r.status !== 200) throw new Error(`status ${r.status}`);
  await r.arrayBuffer();
};

/** `given`: an open, migrated database to use (the scaling bench's); default PGlite in memory */
export async function benchAdminApp(now: Date, given?: Database): Promise<BenchAdminApp> {
  const database = given ?? (await openDatabase({ dataDir: "memory://" }));
  await database.migrate();
  const app = await createApp(
    parseConfig({
      CODE_PEPPER: "bench-pepper-bench-pepper",
      LOG_LEVEL: "silent",
      DATA_DIR: mkdtempSync(join(tmpdir(), "bench-admin-")),
    }),
    { database, logger: createLogger("silent"), now: () => now },
  );
  await app.telegram.bot.init();
  let headers: Record<string, string> = {};
  return {
    app,
    database,
    async login() {
      const { admins, sessions } = app.deps.repos;
      const admin = await admins.create({ name: "Bench", role: "secretary" });
      const s = await sessions.create(admin.id, now);
      headers = { cookie: `sid=${s.id}`, origin: "http://localhost" };
    },
    headers: () => headers,
    async time(path, runs, check = okPage) {
      const xs: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        const t = performance.now();
        await check(await app.http.request(path, { headers }));
        if (i >= 3) xs.push(performance.now() - t); // the first runs warm up
      }
      xs.sort((a, b) => a - b);
      return { p50: percentile(xs, 50), p95: percentile(xs, 95) };
    },
    async close() {
      await app.stop().catch(() => {});
      await database.close().catch(() => {});
    },
  };
}
