/**
 * An official who never picked a language (issue 12, item 15): reminders and screens use their
 * Telegram app's language (kk → Kazakh) until they pick one, and the reminder's button asks for
 * the language first, then opens that questionnaire in it — never a mixed-language screen.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officials } from "../../src/db/schema.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { seedWorld } from "../helpers/seed.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ outbox: { backoffMs: 20 } });
});
afterAll(async () => {
  await h.close();
});

const T = new Date("2026-04-27T05:00:00Z"); // Monday 10:00 Almaty, three working days before the due date

describe("before a language is picked", () => {
  it("a Kazakh app gets a Kazakh reminder; its button asks for the language, then opens the questionnaire in it", async () => {
    await seedWorld(h.db.db, { telegramId: 4201, locale: null, services: ["Выдача лицензии"] });
    const u = h.user(4201, "kk");
    await u.send("/help");
    h.clock.now = T;
    const report = await h.app.jobs.runOnce(T);
    expect(report.sent).toBe(1);
    const reminder = u.last();
    expect(reminder.text).toContain("Сауалнама парағын жіберу мерзімі");
    expect(reminder.text).toContain("Выдача лицензии (kk)");

    await u.press("Сауалнама парағын ашу", reminder.message_id);
    expect(u.last().text).toContain("Тілді таңдаңыз");
    expect(u.buttons()).toEqual(["✓ Қазақша", "Русский"]);
    await u.press("Қазақша");
    const opened = u.last().text ?? "";
    expect(opened).toContain("Сұрақ 1 / 14");
    expect(opened).toContain("Выдача лицензии (kk)");
    const [o] = await h.db.db.select().from(officials).where(eq(officials.telegramId, 4201));
    expect(o?.locale).toBe("kk");
    const refused = h.fake.calls.filter((c) => !c.ok);
    expect(refused.map((c) => `${c.method}: ${c.description}`)).toEqual([]);
  });

  it("a Russian app gets Russian; any questionnaire button asks for the language first", async () => {
    await seedWorld(h.db.db, { telegramId: 4202, locale: null, services: ["Справка"] });
    const u = h.user(4202, "ru");
    await u.send("/start");
    await u.press("Русский");
    expect(u.last().text).toContain("Ваши опросные листы");
    // a second official of the same kind who skips the choice and types instead
    await seedWorld(h.db.db, { telegramId: 4203, locale: null, services: ["Справка 2"] });
    const v = h.user(4203, "ru");
    await v.send("100");
    expect(v.last().text).toContain("Выберите язык");
    expect(v.buttons()).toEqual(["Қазақша", "✓ Русский"]);
  });
});
