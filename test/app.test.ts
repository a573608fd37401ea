import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { webhookPath } from "../src/server/index.js";
import { FakeBotApi } from "../src/telegram/fake-bot-api.js";
import { TEST_TOKEN } from "./helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "./helpers/db.js";

const logger = createLogger("silent");
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

const baseEnv = () => ({
  BOT_TOKEN: TEST_TOKEN,
  TELEGRAM_API_ROOT: fake.apiRoot,
  PORT: "0",
  HOST: "127.0.0.1",
  CODE_PEPPER: "test-pepper-test-pepper",
});

describe("the app process", () => {
  it("reports database reachability on /healthz", async () => {
    const app = await createApp(parseConfig(baseEnv()), {
      database: { ...db, close: async () => {} },
      logger,
    });
    const res = await app.http.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, db: "up" });
  });

  it("webhook: a wrong secret gets 401 and no update is processed; the right one is handled", async () => {
    const secret = "right-secret-right-secret";
    const app = await createApp(
      parseConfig({
        ...baseEnv(),
        PUBLIC_URL: "https://review.example.kz",
        WEBHOOK_SECRET: secret,
      }),
      { database: { ...db, close: async () => {} }, logger },
    );
    await app.telegram.bot.init();
    fake.addUser({ id: 501, language_code: "ru" });
    const update = {
      update_id: 1,
      message: {
        message_id: 1,
        date: 1,
        chat: { id: 501, type: "private", first_name: "A" },
        from: { id: 501, is_bot: false, first_name: "A" },
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    };
    const post = (header?: string) =>
      app.http.request(webhookPath(TEST_TOKEN), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(header ? { "x-telegram-bot-api-secret-token": header } : {}),
        },
        body: JSON.stringify(update),
      });
    expect((await post("wrong-secret-wrong-secret")).status).toBe(401);
    expect((await post()).status).toBe(401);
    expect(fake.messages(501)).toHaveLength(0);
    expect((await post(secret)).status).toBe(200);
    expect(fake.lastMessage(501)?.text).toContain("приглашение");
  });

  it("registers the webhook with the secret on start", async () => {
    const secret = "another-secret-1234567";
    const app = await createApp(
      parseConfig({
        ...baseEnv(),
        PUBLIC_URL: "https://review.example.kz",
        WEBHOOK_SECRET: secret,
      }),
      { database: { ...db, close: async () => {} }, logger },
    );
    await app.start();
    const call = fake.calls.findLast((c) => c.method === "setWebhook");
    expect(call?.params).toMatchObject({
      url: `https://review.example.kz${webhookPath(TEST_TOKEN)}`,
      secret_token: secret,
    });
    await app.stop();
  });

  it("graceful shutdown: stops polling, finishes the in-flight update, then closes", async () => {
    const own = await createTestDatabase();
    const app = await createApp(parseConfig(baseEnv()), { database: own, logger });
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let entered!: () => void;
    const inHandler = new Promise<void>((r) => {
      entered = r;
    });
    app.telegram.bot.api.config.use(async (prev, method, payload, signal) => {
      if (method === "sendMessage") {
        entered();
        await gate;
      }
      return prev(method, payload, signal);
    });
    await app.start();
    fake.addUser({ id: 777, language_code: "ru" });
    await fake.sendText(777, "/start");
    await inHandler; // the update is being handled right now
    let stopped = false;
    const stopping = app.stop().then(() => {
      stopped = true;
    });
    await fake.waitFor(() => !fake.polling); // no more long polling
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(fake.lastMessage(777)?.text).toContain("приглашение"); // the reply was delivered
    expect(await own.ping()).toBe(false); // the database was closed after it
    await own.destroy().catch(() => {});
  });
});

describe("no BOT_TOKEN: the built-in simulator", () => {
  it("starts against the in-process simulator and answers a user there", async () => {
    const app = await createApp(
      parseConfig({ PORT: "0", HOST: "127.0.0.1", CODE_PEPPER: "test-pepper-test-pepper" }),
      {
        database: { ...db, close: async () => {} },
        logger,
      },
    );
    expect(app.mode).toBe("simulator");
    const { port } = await app.start();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const sim = app.simulator!;
    sim.addUser({ id: 42, language_code: "kk" });
    await sim.sendText(42, "/start");
    const reply = await sim.waitFor(() => sim.lastMessage(42));
    expect(reply.text).toContain("шақыру");
    await app.stop();
  });
});
