/**
 * Telegram asks the bot to wait (429 with retry_after above a few seconds) while it answers an
 * official: the reply comes late but comes, and what the official typed is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers } from "../../../src/db/schema.js";
import { type Harness, startHarness } from "../../helpers/bot.js";
import { seedWorld } from "../../helpers/seed.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe("a flood wait while answering", () => {
  it("429 with retry_after 6: the answer is stored and the next question arrives", async () => {
    await seedWorld(h.db.db, { telegramId: 2601, locale: "ru" });
    const u = h.user(2601, "ru");
    await u.send("/start");
    await u.press("1.");
    h.fake.setFault("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 6",
      retry_after: 6,
    });
    await u.send("100");
    expect(u.last().text).toContain("Обоснование");
    const [a] = await h.db.db.select().from(answers);
    expect(a?.value).toEqual({ type: "demand", years: [{ year: 2025, count: 100 }] });
    const refused = h.fake.calls.filter((c) => c.method === "sendMessage" && c.errorCode === 429);
    expect(refused).toHaveLength(1);
  }, 30_000);
});
