/**
 * `npm run invite` while the app runs on the embedded database: it must refuse (two processes on
 * one PGlite directory lose each other's writes) instead of printing a code the bot never knows.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/db/data-dir-lock.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "review-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function invite(env: Record<string, string>, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/invite.ts", ...args], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
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

describe("npm run invite", () => {
  it("refuses while the app holds the embedded database, and prints no code", async () => {
    // this test process stands for the running app
    await writeFile(join(dir, LOCK_FILE), String(process.pid));
    const r = await invite({ DATA_DIR: dir }, ["--agency", "MIN-01"]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("Code:");
    expect(r.stderr.trim().split("\n")).toEqual([
      `The app is running on the embedded database in ${dir} (process ${process.pid}): create the invitation in the admin panel (Invitations), or stop the app and run this again.`,
    ]);
  });
});
