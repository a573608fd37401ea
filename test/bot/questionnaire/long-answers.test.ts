/**
 * Answers at the documented limits still render (issue 12, items 1 and 2): the review splits
 * over several messages and clips what cannot fit, with a note; Back to a question with a long
 * answer sends a message within Telegram's limit. Over HTTP, against the fake Bot API, which
 * refuses any message over 4,096 characters.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answers, officials } from "../../../src/db/schema.js";
import { JUSTIFICATION_MAX, LIST_ITEM_MAX } from "../../../src/domain/answers/values.js";
import { COMPLETE_VALUES } from "../../helpers/answers.js";
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

const item = (n: number, len: number) => `${n}. ${"Документ ".repeat(len)}`.slice(0, len);
const LONG_JUSTIFICATION = "Обоснование & <детали> ".repeat(200).slice(0, JUSTIFICATION_MAX);

/** A complete questionnaire whose Q5 and Q10 lists and justifications are at the limits. */
async function seedLong(telegramId: number) {
  const w = await seedWorld(h.db.db, { telegramId, locale: "ru" });
  const u = h.user(telegramId, "ru");
  await u.send("/start");
  await u.press("1."); // opens it: the response exists from now on
  const values = {
    ...COMPLETE_VALUES,
    5: { type: "list", items: Array.from({ length: 9 }, (_, i) => item(i + 1, 470)) },
    10: { type: "list", items: Array.from({ length: 6 }, (_, i) => item(i + 1, 330)) },
  };
  expect(values[5].items.every((x) => x.length <= LIST_ITEM_MAX)).toBe(true);
  await h.db.db.insert(answers).values(
    Object.entries(values).map(([no, value]) => ({
      responseId: 1,
      questionNo: Number(no),
      value,
      justification: no === "5" || no === "10" ? LONG_JUSTIFICATION : "обоснование",
    })),
  );
  // where the official stopped is forgotten: opening it again shows the review
  await h.db.db.update(officials).set({ cursor: null });
  return { w, u };
}

describe("long answers within the limits", () => {
  it("the review renders in parts, clipped where needed, and can still be submitted", async () => {
    const { u } = await seedLong(3101);
    const before = u.messages().length;
    await u.send("/start");
    await u.press("1.");
    const review = u
      .messages()
      .slice(before)
      .filter((m) => m.text?.includes("Проверка ответов"));
    expect(review.length).toBeGreaterThan(1);
    for (const m of review) expect(m.text!.length).toBeLessThanOrEqual(4096);
    const all = review.map((m) => m.text).join("\n");
    expect(all).toContain("полный текст сохранён");
    expect(all).toContain("Обоснование & <детали>");
    expect(u.buttons(review.at(-1))).toContain("📤 Отправить");
    await u.press("Отправить");
    await u.press("Да, отправить");
    expect(u.last().text).toContain("отправлен");
  });

  it("Back to a question with a long answer shows it within the limit", async () => {
    const { u } = await seedLong(3102);
    await u.send("/start");
    await u.press("1.");
    await u.press("✏️ 6");
    expect(u.last().text).toContain("Вопрос 6 из 14");
    await u.press("◀ Назад");
    const q5 = u.last();
    expect(q5.text).toContain("Вопрос 5 из 14");
    expect(q5.text!.length).toBeLessThanOrEqual(4096);
    expect(q5.text).toContain("полный текст сохранён");
    // and the long justification step of the same question
    await u.press("Оставить как есть");
    expect(u.last().text).toContain("Текущее обоснование");
    expect(u.last().text!.length).toBeLessThanOrEqual(4096);
  });
});
