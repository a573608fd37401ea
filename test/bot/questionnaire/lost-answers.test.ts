/**
 * Telegram's answer lost after the call took effect (issue 12, item 4: the fake's "after"
 * faults): the update is retried once, the calls that had succeeded are not made again, an answer
 * already applied is not applied to the next step, and a reply typed under a duplicated or older
 * prompt is refused with a clear message instead of landing on the current step. No
 * "query is too old" and no "message is not modified" are provoked.
 */
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers } from "../../../src/db/schema.js";
import { type Harness, startHarness } from "../../helpers/bot.js";
import { seedWorld } from "../../helpers/seed.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ retryDelaysMs: [10, 10] });
});
afterAll(async () => {
  await h.close();
});

const lost = { error_code: 500, description: "Internal Server Error", after: true } as const;

describe("answers lost on the way back from Telegram", () => {
  it("a duplicated prompt's reply is refused; every answer is stored on its own step", async () => {
    await seedWorld(h.db.db, { telegramId: 5101, locale: "ru" });
    const u = h.user(5101, "ru");
    await u.send("/start");

    // the question is shown, its answer lost: the retry shows it once more
    h.fake.setFault("sendMessage", lost);
    await u.press("1.");
    const q1 = u.messages().filter((m) => m.text?.includes("Вопрос 1 из 14"));
    expect(q1).toHaveLength(2);
    await u.send("100");
    expect(u.last().text).toContain("Обоснование");
    // the official answers the older copy too, as people do: not taken as the justification
    await u.send("120", q1[0]!.message_id);
    expect(u.textsSince(0).join("\n")).toContain("Это ответ на другой шаг (вопрос 1)");
    expect(u.last().text).toContain("Обоснование");

    // the justification's answer is lost after it was saved: the next question comes, once more
    h.fake.setFault("sendMessage", lost);
    await u.send("Статистика ИС");
    const q2 = u.messages().filter((m) => m.text?.includes("Вопрос 2 из 14"));
    expect(q2).toHaveLength(2);
    // a lost answer to the button press and to the edit of its keyboard: no second attempt
    h.fake.setFault("answerCallbackQuery", lost);
    h.fake.setFault("editMessageReplyMarkup", lost);
    await u.press("Да", q2[1]!.message_id);
    expect(u.last().text).toContain("Обоснование");
    await u.send("Все документы есть в ИС");
    expect(u.last().text).toContain("Вопрос 3 из 14");
    // "Да" on the older copy of question 2 changes nothing
    await u.press("Да", q2[0]!.message_id);
    expect(h.fake.callbackAnswers.at(-1)?.text).toContain("неактивен");

    const saved = await h.db.db.select().from(answers).orderBy(asc(answers.questionNo));
    expect(saved.map((a) => [a.questionNo, a.value, a.justification])).toEqual([
      [1, { type: "demand", years: [{ year: 2025, count: 100 }] }, "Статистика ИС"],
      [2, { type: "choice", choice: "yes" }, "Все документы есть в ИС"],
    ]);
    const provoked = h.fake.calls.filter((c) => /too old|not modified/.test(c.description ?? ""));
    expect(provoked).toEqual([]);
    // nothing Telegram refused, and each answer lost cost at most one repeated message
    expect(h.fake.calls.filter((c) => !c.ok)).toEqual([]);
    const answered = h.fake.calls.filter((c) => c.method === "answerCallbackQuery");
    expect(new Set(answered.map((c) => c.params.callback_query_id)).size).toBe(answered.length);
  });
});
