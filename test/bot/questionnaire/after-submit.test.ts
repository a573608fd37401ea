/**
 * After the official submits (issue 12, item 16): the review they submitted from keeps only
 * "My questionnaires", and an older review's buttons answer "already submitted" and go too.
 * An unknown user's /language choice is remembered and applies once an invitation links them.
 * Over HTTP against the fake Bot API, which refuses any edit that changes nothing.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { officials } from "../../../src/db/schema.js";
import { createInvite } from "../../../src/services/invites.js";
import { fillAnswers } from "../../helpers/answers.js";
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
});

describe("the review after submitting", () => {
  it("loses its buttons but the list's; an older review's buttons say 'already submitted'", async () => {
    await seedWorld(h.db.db, { telegramId: 4101, locale: "ru" });
    const u = h.user(4101, "ru");
    await u.send("/start");
    await u.press("1."); // the response exists from now on
    await fillAnswers(h.db.db, 1);
    await h.db.db.update(officials).set({ cursor: null });
    await u.send("/start");
    await u.press("1.");
    const older = u.last();
    expect(u.buttons(older)).toContain("📤 Отправить");
    await u.send("/start");
    await u.press("1.");
    const review = u.last();
    await u.press("Отправить", review.message_id);
    await u.press("Да, отправить");
    expect(u.last().text).toContain("✅");
    const now = (id: number) => u.messages().find((m) => m.message_id === id);
    expect(u.buttons(now(review.message_id))).toEqual(["📋 Мои опросные листы"]);

    await u.press("✏️ 3", older.message_id);
    expect(h.fake.callbackAnswers.at(-1)?.text).toContain("только для чтения");
    expect(u.buttons(now(older.message_id))).toEqual(["📋 Мои опросные листы"]);
    await u.press("📋 Мои опросные листы", older.message_id);
    expect(u.last().text).toContain("отправлен");

    const refused = h.fake.calls.filter((c) => !c.ok);
    expect(refused.map((c) => `${c.method}: ${c.description}`)).toEqual([]);
  });
});

describe("a language chosen before linking", () => {
  it("is used at once and becomes the official's language when they link", async () => {
    const w = await seedWorld(h.db.db, { telegramId: 9999, locale: "ru" });
    const u = h.user(4102, "ru");
    await u.send("/language");
    await u.press("Қазақша");
    await u.send("сәлем");
    expect(u.last().text).toContain("шақыру"); // how to get in, in Kazakh
    const invite = await createInvite(
      { ...h.app.deps, botUsername: "bot" },
      { agencyId: w.agency.id },
    );
    await u.send(`/start ${invite.code}`);
    const texts = u.textsSince(0).join("\n");
    expect(texts).toContain("Қош келдіңіз");
    expect(texts).not.toContain("Тілді таңдаңыз · Выберите язык"); // not asked again
    const [o] = await h.db.db.select().from(officials).where(eq(officials.telegramId, 4102));
    expect(o?.locale).toBe("kk");
  });
});
