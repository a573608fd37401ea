/** The admin panel under test: the real app (simulator mode) on a test database, plus login helpers. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type App, createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { sessionsRepo } from "../../src/db/repositories/sessions.js";
import type { AdminRole } from "../../src/domain/vocabulary.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, type TestDatabase } from "./db.js";

export const ORIGIN = "http://localhost";

export interface As {
  cookie: string;
  csrf: string;
  adminId: number;
}

export interface AdminHarness {
  app: App;
  db: TestDatabase;
  clock: { now: Date };
  login(role?: AdminRole, name?: string): Promise<As>;
  get(path: string, as?: As, headers?: Record<string, string>): Promise<Response>;
  post(
    path: string,
    form: Record<string, string | string[]>,
    as?: As,
    headers?: Record<string, string>,
  ): Promise<Response>;
  postMultipart(path: string, form: FormData, as?: As): Promise<Response>;
  close(): Promise<void>;
}

export async function adminHarness(env: Record<string, string> = {}): Promise<AdminHarness> {
  const db = await createTestDatabase();
  const clock = { now: new Date("2026-04-06T05:00:00Z") }; // Monday 10:00 in Almaty
  const dataDir = mkdtempSync(join(tmpdir(), "admin-test-"));
  const config = parseConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    CODE_PEPPER: "test-pepper-test-pepper",
    LOG_LEVEL: "silent",
    DATA_DIR: dataDir,
    ...env,
  });
  const app = await createApp(config, {
    database: db,
    logger: createLogger(process.env.TEST_LOG_LEVEL === "debug" ? "error" : "silent"),
    now: () => clock.now,
    strictI18n: true,
  });
  await app.telegram.bot.init();
  // deliver simulated users' updates straight to the bot (no polling loop in app.request tests)
  if (app.simulator) {
    const sim = app.simulator;
    sim.onUpdate = async (u) => {
      await app.telegram.bot.handleUpdate(u);
    };
  }
  let n = 0;
  const headersOf = (as?: As, extra: Record<string, string> = {}) => ({
    origin: ORIGIN,
    ...(as ? { cookie: as.cookie } : {}),
    ...extra,
  });
  return {
    app,
    db,
    clock,
    async login(role = "secretary", name) {
      n++;
      const admin = await adminsRepo(db.db).create({ name: name ?? `${role} ${n}`, role });
      const s = await sessionsRepo(db.db).create(admin.id, clock.now);
      return { cookie: `sid=${s.id}`, csrf: s.csrfToken, adminId: admin.id };
    },
    get: (path, as, headers) =>
      Promise.resolve(app.http.request(path, { headers: headersOf(as, headers) })),
    post(path, form, as, headers) {
      const body = new URLSearchParams();
      if (as) body.set("_csrf", as.csrf);
      for (const [k, v] of Object.entries(form)) {
        for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
      }
      return Promise.resolve(
        app.http.request(path, {
          method: "POST",
          body,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            ...headersOf(as, headers),
          },
        }),
      );
    },
    postMultipart(path, form, as) {
      if (as) form.set("_csrf", as.csrf);
      return Promise.resolve(
        app.http.request(path, { method: "POST", body: form, headers: headersOf(as) }),
      );
    },
    async close() {
      await app.simulator?.close();
      await db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
