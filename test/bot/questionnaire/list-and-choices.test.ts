/** What the official sees of their list and of a choice they made. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../../helpers/bot.js";
import { seedWorld } from "../../helpers/seed.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.db.truncate();
  h.clock.now = new Date("2026-04-06T05:00:00Z");
});

describe("the list of questionnaires", () => {
  it("marks one past its due date as overdue, with how far it got", async () => {
    await seedWorld(h.db.db, { telegramId: 2701, locale: "ru" });
    const u = h.user(2701, "ru");
    await u.send("/start");
    expect(u.last().text).toContain("не начато");
    await u.press("1.");
    await u.send("100");
    await u.send("Обоснование");
    h.clock.now = new Date("2026-05-04T05:00:00Z"); // the due date (30 April) has passed
    await u.send("/start");
    expect(u.last().text).toContain("просрочено, заполнено 1 из 14");
  });
});

describe("a pressed choice", () => {
  it("stays visible on the question as the only, inert button", async () => {
    await seedWorld(h.db.db, { telegramId: 2702, locale: "ru" });
    const u = h.user(2702, "ru");
    await u.send("/start");
    await u.press("1.");
    await u.send("100");
    await u.send("Обоснование");
    const q2 = u.last();
    expect(q2.text).toContain("Вопрос 2 из 14");
    await u.press("Нет", q2.message_id);
    const after = u.messages().find((m) => m.message_id === q2.message_id);
    expect(u.buttons(after)).toEqual(["✓ Нет"]);
    // pressing it does nothing but say the question is no longer active
    const before = u.messages().length;
    await u.press("✓ Нет", q2.message_id);
    expect(u.messages()).toHaveLength(before);
  });
});
