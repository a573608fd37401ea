import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answers, responses } from "../../../src/db/schema.js";
import { type Harness, startHarness } from "../../helpers/bot.js";
import { answerAllRu } from "../../helpers/script.js";
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

describe("the questionnaire in Telegram", () => {
  it("walks a Russian-speaking official through all 14 questions, saves each answer, reviews and submits", async () => {
    const w = await seedWorld(h.db.db, {
      telegramId: 1001,
      locale: "ru",
      services: ["Выдача лицензии"],
    });
    const u = h.user(1001);
    await u.send("/start");
    expect(u.last().text).toContain("Выдача лицензии");
    expect(u.last().text).toContain("не начат");
    await u.press("1. Выдача лицензии");
    expect(u.last().text).toContain("Вопрос 1 из 14");
    expect(u.last().text).toContain("Насколько востребована услуга");

    await u.send("2025: 1 234\n2024: 1 100");
    // the answer is in the database before the justification is given
    const [row] = await h.db.db.select().from(answers).where(eq(answers.questionNo, 1));
    expect(row?.value).toEqual({
      type: "demand",
      years: [
        { year: 2024, count: 1100 },
        { year: 2025, count: 1234 },
      ],
    });
    expect(u.last().text).toContain("Обоснование");
    await u.send("Статистика ИС за два года");
    expect(u.last().text).toContain("Вопрос 2 из 14");

    await u.press("Да");
    expect(u.last().text).toContain("Обоснование");
    await u.send("Все документы уже есть в ИС");
    expect(u.last().text).toContain("Вопрос 3 из 14");
    const saved = await h.db.db.select().from(answers).where(eq(answers.responseId, 1));
    expect(saved.map((a) => [a.questionNo, a.value, a.justification])).toEqual([
      [
        1,
        {
          type: "demand",
          years: [
            { year: 2024, count: 1100 },
            { year: 2025, count: 1234 },
          ],
        },
        "Статистика ИС за два года",
      ],
      [2, { type: "choice", choice: "yes" }, "Все документы уже есть в ИС"],
    ]);
    expect(w.official.telegramId).toBe(1001);
  });

  it("full questionnaire in Russian, review with every answer, explicit confirmation, read-only afterwards", async () => {
    await seedWorld(h.db.db, { telegramId: 1002, locale: "ru" });
    const u = h.user(1002);
    await u.send("/start");
    await u.press("1.");
    await answerAllRu(u);
    const review = u.messages().filter((m) => m.text?.includes("Проверка ответов"));
    expect(review.length).toBeGreaterThan(0);
    const reviewText = review.map((m) => m.text).join("\n");
    expect(reviewText).toMatch(/2025 г\.: 1\s234/);
    expect(reviewText).toContain("15 рабочих дней");
    expect(reviewText).toContain("АО «НИТ»");
    expect(reviewText).not.toContain("нет ответа");

    await u.press("Отправить");
    expect(u.last().text).toContain("Отправить опросный лист");
    // a double tap on "Yes, submit": both presses reach the bot, one takes effect
    const confirm = u.last();
    const data = confirm
      .reply_markup!.inline_keyboard.flat()
      .find((b) => b.text === "Да, отправить")!;
    const cbData = "callback_data" in data ? data.callback_data! : "";
    await Promise.all([
      h.fake.pressButton(1002, confirm.message_id, cbData),
      h.fake.pressButton(1002, confirm.message_id, cbData),
    ]);
    const done = u.messages().filter((m) => m.text?.includes("✅"));
    expect(done).toHaveLength(1);
    expect(h.fake.callbackAnswers.at(-1)?.text).toContain("уже отправлен");
    const [r] = await h.db.db.select().from(responses);
    expect(r?.status).toBe("submitted");

    // read-only now: the list shows it as submitted and opening it shows the review without edit buttons
    await u.send("/start");
    expect(u.last().text).toContain("отправлен");
    await u.press("1.");
    expect(u.buttons()).not.toContain("📤 Отправить");
  });

  it("in Kazakh: the questions and the progress use the Kazakh wording", async () => {
    await seedWorld(h.db.db, { telegramId: 1003, locale: "kk" });
    const u = h.user(1003, "kk");
    await u.send("/start");
    expect(u.last().text).toContain("сауалнама");
    await u.press("1.");
    expect(u.last().text).toContain("Сұрақ 1 / 14");
    expect(u.last().text).toContain("Қызмет қаншалықты сұранысқа ие");
    await u.send("1 234");
    expect(u.last().text).toContain("Негіздеме");
  });
});
