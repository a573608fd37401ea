/**
 * What reaches a question and is not an answer: commands (known ones run, unknown ones get the
 * list of commands), text that shows nothing (zero-width spaces, Hangul fillers), edits of sent
 * messages, and answers to a questionnaire a colleague submitted meanwhile. None is stored, and
 * each gets a clear reply.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerHistory, answers, responses } from "../../../src/db/schema.js";
import { changeStatus } from "../../../src/services/questionnaire.js";
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

async function atJustification(telegramId: number, locale: "ru" | "kk" = "ru") {
  await seedWorld(h.db.db, { telegramId, locale });
  const u = h.user(telegramId, locale);
  await u.send("/start");
  await u.press("1.");
  await u.send("100");
  expect(u.last().text).toContain(locale === "ru" ? "Обоснование" : "Негіздеме");
  return u;
}
const stored = () => h.db.db.select().from(answers);

describe("a command at a text step is a command, never an answer", () => {
  it("an unknown command lists the commands and the step waits; /START (any case) runs", async () => {
    const u = await atJustification(2401);
    await u.send("/foo");
    expect(u.last().text).toContain("Такой команды нет");
    expect(u.last().text).toContain("/language");
    expect((await stored())[0]?.justification).toBeNull();
    // still at the justification: a real answer is taken
    await u.send("Обоснование");
    expect(u.last().text).toContain("Вопрос 2 из 14");
    await u.send("/START");
    expect(u.last().text).toContain("опросные листы");
    expect((await stored()).map((a) => a.justification)).toEqual(["Обоснование"]);
  });

  it("in Kazakh too, and outside a question", async () => {
    const u = await atJustification(2402, "kk");
    await u.send("/Help");
    expect(u.last().text).toContain("/language");
    await u.send("/start");
    await u.send("/nonsense");
    expect(u.last().text).toContain("Ондай команда жоқ");
    expect((await stored())[0]?.justification ?? null).toBeNull();
  });
});

describe("text that shows nothing is not an answer", () => {
  it("zero-width spaces, a Hangul filler or a word joiner are refused as empty", async () => {
    const u = await atJustification(2403);
    for (const blank of ["\u200B", "\u3164", "\u2060\u200B"]) {
      await u.send(blank);
      expect(u.last().text).toContain("не может быть пустым");
    }
    expect((await stored())[0]?.justification).toBeNull();
    await u.send("\u200BПортал\u200B");
    expect((await stored())[0]?.justification).toBe("Портал");
  });
});

describe("editing a sent message", () => {
  it("says the saved answer is unchanged and how to change it; the question goes on", async () => {
    const u = await atJustification(2404);
    const sent = await u.send("Обоснование");
    expect(u.last().text).toContain("Вопрос 2 из 14");
    const before = u.messages().length;
    await h.fake.editText(2404, sent.message!.message_id, "Другое обоснование");
    expect(u.textsSince(before)).toHaveLength(1);
    expect(u.last().text).toContain("не меняет сохранённый ответ");
    expect((await stored())[0]?.justification).toBe("Обоснование");
    // the question that was on screen still takes its answer
    await u.press("Нет");
    expect(u.last().text).toContain("Обоснование");
  });
});

describe("a questionnaire a colleague submitted meanwhile", () => {
  it("refuses the answer, says why, gives the typed text back and shows the read-only review", async () => {
    const u = await atJustification(2405);
    // a colleague answers everything and submits while this official is at Q1's justification
    const [resp] = await h.db.db.select().from(responses);
    await h.db.db.delete(answers);
    await fillAnswers(h.db.db, resp!.id);
    expect(await changeStatus(h.app.deps, resp!.id, "submit")).toMatchObject({ ok: true });
    const before = u.messages().length;
    await u.send("Моё обоснование <срока>");
    const said = u.textsSince(before).join("\n");
    expect(said).toContain("Ответ не сохранён");
    expect(said).toContain("Моё обоснование <срока>");
    expect(said).not.toContain("Вопрос 2 из 14");
    const q1 = (await stored()).find((a) => a.questionNo === 1);
    expect(q1?.justification).toBe("обоснование");
    const history = await h.db.db.select().from(answerHistory);
    expect(history.some((e) => JSON.stringify(e.newValue).includes("Моё"))).toBe(false);
  });
});
