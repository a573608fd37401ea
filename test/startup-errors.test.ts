/**
 * `npm start` as an operator meets it when something is wrong: one line that says what to fix,
 * exit code 1, no stack trace. Runs the real entry point (src/main.ts) in a child process.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../src/db/data-dir-lock.js";
import { FakeBotApi } from "../src/telegram/fake-bot-api.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "review-startup-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

const oneLine = (s: string) => s.trim().split("\n");

describe("start-up errors are one line that says what to fix", () => {
  it("DATA_DIR that is a file", async () => {
    const file = join(dir, "a-file");
    await writeFile(file, "x");
    const r = await start({ DATA_DIR: file });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      `DATA_DIR ${file} is not a directory: point DATA_DIR at a directory.`,
    ]);
  });

  it("an embedded database another process is using", async () => {
    const data = join(dir, "locked");
    await rm(data, { recursive: true, force: true });
    const { mkdir } = await import("node:fs/promises");
    await mkdir(data);
    await writeFile(join(data, LOCK_FILE), String(process.pid));
    const r = await start({ DATA_DIR: data });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(`is in use by process ${process.pid}`);
  });

  it("a database server that does not answer", async () => {
    const r = await start({ DATABASE_URL: "postgres://review@127.0.0.1:1/review" });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      "Cannot connect to PostgreSQL at 127.0.0.1:1/review: is the server running and DATABASE_URL right?",
    ]);
  });

  describe("with Telegram", () => {
    let fake: FakeBotApi;
    let busy: Server;
    beforeAll(async () => {
      fake = await FakeBotApi.start({ token: "123456789:the-right-token-for-this-fake" });
      busy = createServer();
      await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    });
    afterAll(async () => {
      await fake.close();
      await new Promise((r) => busy.close(r));
    });

    it("a token Telegram refuses", async () => {
      const r = await start({
        DATA_DIR: join(dir, "token"),
        BOT_TOKEN: "123456789:a-wrong-token-for-this-fake",
        TELEGRAM_API_ROOT: fake.apiRoot,
      });
      expect(r.code).toBe(1);
      expect(oneLine(r.stderr)).toEqual([
        "Telegram refused BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather.",
      ]);
    });

    it("a port that is in use", async () => {
      const port = (busy.address() as { port: number }).port;
      const r = await start({
        DATA_DIR: join(dir, "port"),
        BOT_TOKEN: "123456789:the-right-token-for-this-fake",
        TELEGRAM_API_ROOT: fake.apiRoot,
        PORT: String(port),
      });
      expect(r.code).toBe(1);
      expect(oneLine(r.stderr)).toEqual([
        `Port ${port} on 127.0.0.1 is in use: stop what listens there or set PORT to a free port.`,
      ]);
    });
  });
});
