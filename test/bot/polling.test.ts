/**
 * Long polling against the fake Bot API: a second instance with the same token (409 Conflict)
 * never takes the first one down; it logs one JSON line and polls again once the other is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { FakeBotApi } from "../../src/telegram/fake-bot-api.js";
import { TEST_TOKEN } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

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

function captured() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("info", {
    destination: { write: (l: string) => lines.push(JSON.parse(l)) },
  });
  return { logger, lines };
}

async function pollingApp(logger: ReturnType<typeof createLogger>) {
  return createApp(
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
      polling: { restartAfterMs: 50, retryEveryMs: 50 },
    },
  );
}

describe("two polling instances with one token", () => {
  it("the first is told 409, logs it, keeps running and answers again once the second stops", async () => {
    const a = captured();
    const first = await pollingApp(a.logger);
    await first.start();
    await fake.waitFor(() => fake.polling);
    const second = await pollingApp(captured().logger);
    await second.start();
    // the second getUpdates ends the first one's with 409; the first logs and polls again
    await fake.waitFor(() => a.lines.some((l) => l.msg === "polling stopped; starting again"));
    const stop = a.lines.find((l) => l.msg === "polling stopped; starting again");
    expect(JSON.stringify(stop)).toContain("409");
    await second.stop();
    fake.addUser({ id: 7301, language_code: "ru" });
    await fake.sendText(7301, "/start");
    const reply = await fake.waitFor(() => fake.lastMessage(7301), 10_000);
    expect(reply.text).toContain("приглашение");
    await first.stop();
    // every line was JSON (the runner printed nothing of its own) and the process is still here
    expect(a.lines.every((l) => typeof l.msg === "string")).toBe(true);
  });
});
