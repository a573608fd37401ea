/**
 * The typed part of a multi-step answer (Q4's current term, items of a Q5 list) is kept when the
 * official leaves the question half-way: Save and exit, /start, /language. Coming back continues
 * at the same step with what was typed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answers, responses } from "../../../src/db/schema.js";
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

/** Opens the questionnaire with questions 1..`upTo` already answered: the next one is shown. */
async function openAt(telegramId: number, upTo: number) {
  const w = await seedWorld(h.db.db, { telegramId, locale: "ru" });
  const u = h.user(telegramId, "ru");
  await u.send("/start");
  await u.press("1.");
  const [resp] = await h.db.db.select().from(responses);
  const rows = Array.from({ length: upTo }, (_, i) => ({
    responseId: resp!.id,
    questionNo: i + 1,
    value: COMPLETE_VALUES[i + 1]!,
    justification: "обоснование",
  }));
  await h.db.db.insert(answers).values(rows);
  await h.app.deps.repos.officials.setCursor(w.official.id, null);
  await u.send("/start");
  await u.press("1.");
  expect(u.last().text).toContain(`Вопрос ${upTo + 1} из 14`);
  return u;
}
const answerOf = async (no: number) =>
  (await h.db.db.select().from(answers)).find((a) => a.questionNo === no);

describe("a half-given answer survives leaving the question", () => {
  it("Q4: the current term typed before Save and exit is still there after /start", async () => {
    const u = await openAt(2501, 3);
    await u.send("15 рабочих дней");
    expect(u.last().text).toContain("До какого срока его можно сократить");
    await u.press("Сохранить и выйти");
    await u.send("/start");
    await u.press("1.");
    // the same step, with the current term remembered
    expect(u.last().text).toContain("До какого срока его можно сократить");
    await u.send("10");
    expect(u.last().text).toContain("Обоснование");
    expect((await answerOf(4))?.value).toEqual({
      type: "term",
      current: { amount: 15, unit: "workDays" },
      target: { amount: 10, unit: "workDays" },
    });
  });

  it("Q5: list items typed before /language are kept in the new language", async () => {
    const u = await openAt(2502, 4);
    await u.send("Справка о составе семьи\nКопия удостоверения");
    await u.send("Выписка из ЕГРН");
    expect(u.last().text).toContain("Добавлено пунктов: 3");
    await u.send("/language");
    await u.press("Қазақша");
    expect(u.last().text).toContain("Қосылған тармақтар: 3");
    await u.press("Дайын");
    expect((await answerOf(5))?.value).toEqual({
      type: "list",
      items: ["Справка о составе семьи", "Копия удостоверения", "Выписка из ЕГРН"],
    });
  });
});
