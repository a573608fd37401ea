/**
 * The webhook door under bad input and failing updates: nothing takes the process down,
 * every failure is one JSON log line, and no secret reaches the log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { webhookPath } from "../../src/server/index.js";
import { FakeBotApi } from "../../src/telegram/fake-bot-api.js";
import { TEST_TOKEN } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

const SECRET = "webhook-secret-webhook-secret";
let db: TestDatabase;
let fake: FakeBotApi;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await FakeBotApi.start({ token: TEST_TOKEN });
});
afterAll(async () => {
  await fake.close();
  await db.destroy();
});

/** A logger whose JSON lines the test reads, with a way to await a message. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const waiters: { msg: string; resolve: () => void }[] = [];
  const logger = createLogger("info", {
    secrets: [TEST_TOKEN, SECRET],
    destination: {
      write(line: string) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        for (const w of waiters.filter((w) => w.msg === entry.msg)) w.resolve();
      },
    },
  });
  const logged = (msg: string) =>
    lines.some((l) => l.msg === msg)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ msg, resolve }));
  return { logger, lines, logged };
}

async function webhookApp(webhookTimeoutMs?: number) {
  const log = capturedLogger();
  const app = await createApp(
    parseConfig({
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      PORT: "0",
      HOST: "127.0.0.1",
      CODE_PEPPER: "test-pepper-test-pepper",
      PUBLIC_URL: "https://review.example.kz",
      WEBHOOK_SECRET: SECRET,
    }),
    { database: { ...db, close: async () => {} }, logger: log.logger, webhookTimeoutMs },
  );
  await app.telegram.bot.init();
  const post = (body: string) =>
    app.http.request(webhookPath(TEST_TOKEN), {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body,
    });
  return { app, post, ...log };
}

const startUpdate = (updateId: number, chatId: number) => ({
  update_id: updateId,
  message: {
    message_id: updateId,
    date: 1,
    chat: { id: chatId, type: "private", first_name: "A" },
    from: { id: chatId, is_bot: false, first_name: "A" },
    text: "/start",
    entities: [{ type: "bot_command", offset: 0, length: 6 }],
  },
});

describe("the webhook", () => {
  it("answers 400 with one log line to a body that is not an update, with the right secret", async () => {
    const { post, lines } = await webhookApp();
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ hello: 1 }))).status).toBe(400);
    expect(lines.filter((l) => String(l.msg).startsWith("webhook:"))).toHaveLength(2);
  });

  it("an update that fails after its 200 is logged once and does not take the process down", async () => {
    const { post, lines, logged } = await webhookApp(0);
    fake.addUser({ id: 611, language_code: "ru" });
    fake.setFault("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
    // answered at once (timeout 0): the update goes on and then fails
    expect((await post(JSON.stringify(startUpdate(7001, 611)))).status).toBe(200);
    await logged("update failed");
    const failures = lines.filter((l) => l.msg === "update failed");
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ update_id: 7001 });
    // the next update is served as usual
    expect((await post(JSON.stringify(startUpdate(7002, 611)))).status).toBe(200);
    await expect.poll(() => fake.lastMessage(611)?.text).toContain("приглашение");
    expect(JSON.stringify(lines)).not.toContain(TEST_TOKEN);
  });
});

describe("the log", () => {
  it("never shows the bot token or the webhook secret, even inside a library's error", () => {
    const { logger, lines } = capturedLogger();
    const err = new Error(
      `request to https://api.telegram.org/bot${TEST_TOKEN}/sendMessage failed`,
    );
    logger.error({ err, secret: SECRET }, "network error");
    logger.warn(`other bot 987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw is not ours`);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(TEST_TOKEN);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    expect(text).toContain("[redacted]");
    expect(lines).toHaveLength(2);
  });
});
