/**
 * `npm run setup-link`: a new first-run link while nobody can log in yet; a clear refusal once a
 * user exists, and while the app holds the embedded database.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { LOCK_FILE } from "../../src/db/data-dir-lock.js";
import { createRepositories } from "../../src/db/repositories/index.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "review-setup-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setupLink() {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/setup-link.ts"], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", DATA_DIR: dir, PORT: "3100" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
}

describe("npm run setup-link", () => {
  it("prints a new link while there is no user, and refuses once there is one or the app runs", async () => {
    const first = await setupLink();
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /Setup link \(one use, valid 1 hour\): http:\/\/localhost:3100\/setup\/\S+/,
    );

    const database = await openDatabase({ dataDir: dir });
    await createRepositories(database.db).admins.create({ name: "Секретарь", role: "secretary" });
    await database.close();
    const taken = await setupLink();
    expect(taken.code).toBe(1);
    expect(taken.stdout).not.toContain("/setup/");
    expect(taken.stderr).toContain("The panel already has a user: log in at /login");

    // this test process stands for the running app
    await writeFile(join(dir, LOCK_FILE), String(process.pid));
    const locked = await setupLink();
    await unlink(join(dir, LOCK_FILE));
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain("restart the app instead");
  }, 120_000);
});
