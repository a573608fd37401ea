/**
 * Long polling under faults (issue 11, item 9): an update that fails for a transient reason — the
 * database unreachable, Telegram failing the reply — is retried in order; one that still fails
 * gets an explicit "please repeat"; and an update is confirmed to Telegram only once handled, so
 * an instance that stops while an update waits for its retry leaves it to the next one.
 * Everything through polling (getUpdates) against the fake Bot API, on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { FakeBotApi } from "../../src/telegram/fake-bot-api.js";
import { TEST_TOKEN } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { databaseOutage } from "../helpers/outage.js";
import { seedWorld } from "../helpers/seed.js";

let db: TestDatabase;
let fake: FakeBotApi;
const lines: Record<string, unknown>[] = [];
const logger = createLogger("info", {
  destination: { write: (l: string) => lines.push(JSON.parse(l)) },
});
beforeAll(async () => {
  db = await createTestDatabase();
  fake = await FakeBotApi.start({ token: TEST_TOKEN, perChatBurst: 10 });
});
afterAll(async () => {
  await fake.close();
  await db.destroy();
});

async function pollingApp(retryDelaysMs: number[]): Promise<App> {
  const app = await createApp(
    parseConfig({
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      PORT: "0",
      HOST: "127.0.0.1",
      CODE_PEPPER: "test-pepper-test-pepper",
    }),
    {
      database: { ...db, close: async () => {} },
      logger,
      polling: { restartAfterMs: 50, retryEveryMs: 50, busyPollMs: 20, timeoutSeconds: 1 },
      updateRetryDelaysMs: retryDelaysMs,
    },
  );
  await app.start();
  await fake.waitFor(() => fake.polling);
  return app;
}

const USERS = Array.from({ length: 8 }, (_, i) => 8101 + i);
const texts = (id: number) => fake.messages(id).map((m) => m.text ?? "");
const retries = () => lines.filter((l) => l.msg === "update failed; retrying").length;
const pending = async (app: App) =>
  (await app.telegram.bot.api.getWebhookInfo()).pending_update_count;

describe("polling through faults", () => {
  it("every user gets an answer or an explicit 'please repeat'; nothing is confirmed before it is handled", async () => {
    for (const id of USERS) {
      await seedWorld(db.db, { telegramId: id, locale: "ru", services: [`Услуга ${id}`] });
      fake.addUser({ id, first_name: `U${id}`, language_code: "ru" });
    }
    const outage = databaseOutage(db.db);
    // pauses growing to 3.2 s: together far longer than the outages of steps 1–3
    const patient = [50, 100, 200, 400, 800, 1600, 3200];
    let app = await pollingApp(patient);

    // 1. a short outage: every /start fails, is retried, and is answered once the database is back
    outage.down();
    for (const id of USERS) await fake.sendText(id, "/start");
    await fake.waitFor(() => retries() >= USERS.length, 10_000);
    expect(await pending(app)).toBeGreaterThanOrEqual(1); // failing updates are not confirmed
    outage.up();
    for (const id of USERS) {
      await fake.waitFor(() => texts(id).some((t) => t.includes("Ваши опросные листы")), 10_000);
    }
    for (const id of USERS) expect(texts(id), `user ${id}`).toHaveLength(1);

    // 2. Telegram failing the reply twice (5xx): the update is retried and answered once
    fake.setFault("sendMessage", { error_code: 502, description: "Bad Gateway" }, 2);
    await fake.sendText(USERS[0]!, "/help");
    await fake.waitFor(() => texts(USERS[0]!).length === 2, 10_000);
    expect(texts(USERS[0]!)[1]).toContain("/language");

    // 3. an instance stopped while an update waits for its retry leaves it unconfirmed: the
    //    next instance answers it
    outage.down();
    const before = retries();
    await fake.sendText(USERS[1]!, "/start");
    await fake.waitFor(() => retries() >= before + 1, 10_000);
    await app.stop();
    outage.up();
    app = await pollingApp(patient);
    await fake.waitFor(() => texts(USERS[1]!).length === 2, 10_000);
    expect(texts(USERS[1]!)[1]).toContain("Ваши опросные листы");
    await app.stop();

    // 4. an outage longer than the retries: each user is told plainly to repeat
    app = await pollingApp([20, 20]);
    outage.down();
    for (const id of USERS.slice(2)) await fake.sendText(id, "/start");
    for (const id of USERS.slice(2)) {
      await fake.waitFor(() => texts(id).some((t) => t.includes("повторите")), 10_000);
    }
    outage.up();
    await app.stop();
    expect(await pending(app)).toBe(0); // failed for good (and said so): confirmed
    for (const id of USERS.slice(2)) {
      expect(
        texts(id).filter((t) => t.includes("повторите")),
        `user ${id}`,
      ).toHaveLength(1);
    }
    const failed = lines.filter((l) => l.msg === "update failed");
    expect(
      failed.map((l) => l.update_id),
      JSON.stringify(failed),
    ).toHaveLength(USERS.length - 2);
  }, 60_000);
});
