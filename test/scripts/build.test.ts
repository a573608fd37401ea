/**
 * The production path: `npm install` builds dist/ (prepare), `npm start` runs `node dist/main.js`,
 * which finds its migrations, locales and panel files from dist/ whatever the working directory,
 * and a fresh embedded data directory is the build's prepared template, not a new initdb.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGLITE_TEMPLATE_DIR, ROOT } from "../../src/paths.js";
import { createTestDatabase, onServer } from "../helpers/db.js";

const MAIN = join(ROOT, "dist/main.js");
let work: string;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "ignore" });
}, 180_000);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "review-build-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Starts dist/main.js from an unrelated directory; resolves with the port it announced. */
async function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    cwd: work,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", BOT_TOKEN: "", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /Admin panel: http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.stderr?.on("data", (b: Buffer) => {
      out += b.toString();
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child, port, base: `http://127.0.0.1:${port}` };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  child.kill("SIGTERM");
  return exited;
}

/** Postgres' system identifier: the first 8 bytes of global/pg_control, fixed by initdb. */
async function systemId(dataDir: string): Promise<string> {
  return (await readFile(join(dataDir, "global/pg_control"))).subarray(0, 8).toString("hex");
}

describe("npm start runs the build", () => {
  it("package.json: npm install builds, npm start execs node on dist/main.js, dev keeps tsx", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.start).toBe("exec node --max-semi-space-size=4 dist/main.js");
    expect(pkg.scripts.prepare).toBe("node scripts/build.mjs");
    expect(pkg.scripts.dev).toContain("tsx");
  });

  it("a fresh start serves health, pages and panel files, stops with 0 and starts again", async () => {
    const dataDir = join(work, "data");
    const server = onServer ? await createTestDatabase() : undefined;
    const env: Record<string, string> = server
      ? { DATABASE_URL: server.url ?? "", DATA_DIR: dataDir }
      : { DATA_DIR: dataDir };
    try {
      const first = await start(env);
      try {
        const health = await fetch(`${first.base}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({
          ok: true,
          database: onServer ? "postgres" : "pglite",
        });
        const css = await fetch(`${first.base}/static/admin.css`);
        expect(css.status).toBe(200);
        expect(css.headers.get("content-type")).toContain("text/css");
        const login = await fetch(`${first.base}/login`);
        expect(await login.text()).toMatch(/Кіру|Вход/); // the locales were found
      } finally {
        expect(await stop(first.child)).toBe(0);
      }
      // embedded: copied from the template, not made by a new initdb (a new system identifier)
      if (!server) expect(await systemId(dataDir)).toBe(await systemId(PGLITE_TEMPLATE_DIR));

      const again = await start(env);
      try {
        expect((await fetch(`${again.base}/healthz`)).status).toBe(200);
      } finally {
        expect(await stop(again.child)).toBe(0);
      }
    } finally {
      await server?.destroy();
    }
  }, 120_000);
});
