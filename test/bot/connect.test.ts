/**
 * Telegram unreachable at start: the admin panel and /healthz answer at once, getMe is tried
 * again (one JSON line per attempt), and the bot answers as soon as Telegram is back.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { FakeBotApi } from "../../src/telegram/fake-bot-api.js";
import { TEST_TOKEN } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let db: TestDatabase;
let fake: FakeBotApi;
/** A TCP front of the fake that drops connections while `down` (a Telegram outage). */
let front: Server;
let down = true;
const sockets = new Set<Socket>();

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await FakeBotApi.start({ token: TEST_TOKEN });
  const target = new URL(fake.apiRoot);
  front = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    if (down) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((r) => front.listen(0, "127.0.0.1", r));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => front.close(r));
  await fake.close();
  await db.destroy();
});

describe("Telegram unreachable at start", () => {
  it("serves the panel and health at once, retries getMe, and answers once Telegram is back", async () => {
    const lines: Record<string, unknown>[] = [];
    const waiters: (() => void)[] = [];
    const logger = createLogger("info", {
      destination: {
        write: (l: string) => {
          lines.push(JSON.parse(l));
          for (const w of waiters.splice(0)) w();
        },
      },
    });
    /** resolves when `n` lines with `msg` were logged (re-checked on every new line) */
    const logged = async (msg: string, n = 1) => {
      while (lines.filter((l) => l.msg === msg).length < n) {
        await new Promise<void>((r) => waiters.push(r));
      }
    };
    const port = (front.address() as { port: number }).port;
    const app = await createApp(
      parseConfig({
        BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
        PORT: "0",
        HOST: "127.0.0.1",
        CODE_PEPPER: "test-pepper-test-pepper",
      }),
      {
        database: { ...db, close: async () => {} },
        logger,
        connect: { waitMs: 0, firstDelayMs: 20, maxDelayMs: 100 },
        polling: { retryEveryMs: 50, restartAfterMs: 50 },
      },
    );
    const { port: http } = await app.start();
    const health = await fetch(`http://127.0.0.1:${http}/healthz`);
    expect(health.status).toBe(200);
    const login = await fetch(`http://127.0.0.1:${http}/login`);
    expect(login.status).toBe(200);
    await logged("Telegram is unreachable; retrying", 2);
    down = false;
    await logged("bot connected");
    fake.addUser({ id: 7401, language_code: "ru" });
    await fake.sendText(7401, "/start");
    const reply = await fake.waitFor(() => fake.lastMessage(7401), 10_000);
    expect(reply.text).toContain("приглашение");
    await app.stop();
  });
});
