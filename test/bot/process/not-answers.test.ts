/**
 * What reaches an Appendix 1 item and is not an answer to its current step, refused as in the
 * questionnaire (the same step conversation walks both): an update already applied and retried
 * after Telegram's answer was lost, a text typed while the item's prompt may not have reached the
 * official, and a reply to another item's or step's prompt.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { processAnswers, processHistory } from "../../../src/db/schema.js";
import { COMPLETE_PROCESS, fillAnswers, storedProcess } from "../../helpers/answers.js";
import { type Harness, startHarness } from "../../helpers/bot.js";
import { seedWorld } from "../../helpers/seed.js";

let h: Harness;
beforeAll(async () => {
  // through the app's update runner: a failed update is retried, then the official is told
  h = await startHarness({ retryDelaysMs: [10, 10] });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.db.truncate();
});

/** Appendix 2 answered, Appendix 1 filled in but for `missing`; its first screen on. */
async function missingItems(telegramId: number, missing: number[]) {
  const w = await seedWorld(h.db.db, {
    telegramId,
    locale: "ru",
    processOptional: false,
    services: ["Выдача лицензии"],
  });
  const r = await h.app.deps.repos.responses.ensure(w.assignmentIds[0]!, h.clock.now);
  await fillAnswers(h.db.db, r.id);
  const filled = Object.entries(COMPLETE_PROCESS).filter(([no]) => !missing.includes(Number(no)));
  await h.db.db
    .insert(processAnswers)
    .values(filled.map(([no, value]) => ({ responseId: r.id, itemNo: Number(no), value })));
  const u = h.user(telegramId, "ru");
  await u.send("/start");
  await u.press("1. ");
  await u.press("Приложение 1");
  return { u, responseId: r.id };
}

const stored = (responseId: number) => storedProcess(h.db.db, responseId);

const ITEM_15 = "15. Шаги предлагаемого бизнес-процесса";

describe("Appendix 1: what is not an answer to the current step", () => {
  it("an answer retried after Telegram's reply was lost is not applied again to the next item", async () => {
    const { u, responseId } = await missingItems(3101, [12, 15]);
    expect(u.last().text).toContain("12. Сокращение шагов");
    await u.press("Да");
    // item 12 is saved and item 15 shown, but Telegram's answer is lost: the update is retried
    h.fake.setFault("sendMessage", {
      error_code: 500,
      description: "Internal Server Error",
      after: true,
    });
    await u.send("3 → 2");
    const shown = u.messages().filter((m) => m.text?.includes(ITEM_15));
    expect(shown).toHaveLength(2);
    // "3 → 2" did not become the first step of item 15 on the retry
    expect(u.last().text).not.toContain("Добавлено пунктов");
    expect((await stored(responseId))[12]).toEqual({ type: "range", from: 3, to: 2 });
    expect(await h.db.db.select().from(processHistory)).toHaveLength(1);

    await u.send("Приём заявления на портале");
    expect(u.last().text).toContain("Добавлено пунктов: 1");
    await u.press("Готово");
    expect((await stored(responseId))[15]).toEqual({
      type: "list",
      items: ["Приём заявления на портале"],
    });
    expect(u.last().text).toContain("Приложение 1: бизнес-процесс");
  });

  it("a text typed while the item's prompt may not have reached the official is not its answer", async () => {
    const { u, responseId } = await missingItems(3102, [12, 15]);
    await u.press("Да");
    // item 12 is saved, but item 15's prompt fails on every attempt: the official is told
    h.fake.setFault("sendMessage", { error_code: 502, description: "Bad Gateway" }, 3);
    await u.send("3 → 2");
    expect(u.last().text).toContain("временного сбоя");
    expect(u.messages().filter((m) => m.text?.includes(ITEM_15))).toHaveLength(0);
    expect((await stored(responseId))[12]).toEqual({ type: "range", from: 3, to: 2 });

    // they repeat what they typed, which item 15 would take as a step of its list
    const before = u.messages().length;
    await u.send("3 → 2");
    const said = u.textsSince(before);
    expect(said[0]).toContain("Бот уже перешёл к следующему шагу");
    expect(said.at(-1)).toContain(ITEM_15);
    expect(said.at(-1)).not.toContain("Добавлено пунктов");
    await u.send("Приём заявления на портале");
    expect(u.last().text).toContain("Добавлено пунктов: 1");
  });

  it("a reply to another item's or another step's prompt is not the current step's answer", async () => {
    const { u, responseId } = await missingItems(3103, [1, 2, 10]);
    const item1 = u.last();
    expect(item1.text).toContain("1. Шаги действующего бизнес-процесса");
    await u.send("Приём заявления");
    const item1More = u.last();
    await u.press("Готово");
    expect(u.last().text).toContain("2. Истребуемые документы");

    // replies to item 1's prompts, the one whose button was pressed too, while item 2 is asked
    for (const old of [item1, item1More]) {
      const before = u.messages().length;
      await u.send("Заявление", old.message_id);
      const said = u.textsSince(before);
      expect(said[0]).toContain("Это ответ на другой шаг (пункт 1 приложения 1)");
      expect(said.at(-1)).toContain("2. Истребуемые документы");
      expect(said.at(-1)).not.toContain("Добавлено пунктов");
    }
    expect((await stored(responseId))[1]).toEqual({ type: "list", items: ["Приём заявления"] });
    expect((await stored(responseId))[2]).toBeUndefined();
    await u.press("Таких документов нет");

    // inside one item: a reply to its earlier step (the current term) while the target is asked
    await u.press("Исправить 10");
    await u.press("Да");
    const currentTerm = u.last();
    expect(currentTerm.text).toContain("действующий срок");
    await u.send("15 рабочих дней");
    await u.send("10", currentTerm.message_id);
    expect(u.textsSince(0).join("\n")).toContain("Это ответ на другой шаг (пункт 10 приложения 1)");
    expect(u.last().text).toContain("До какого срока можно сократить");
    expect((await stored(responseId))[10]).toBeUndefined();
    // a reply to the current prompt is its answer
    await u.send("5", u.last().message_id);
    expect((await stored(responseId))[10]).toEqual({
      type: "term",
      current: { amount: 15, unit: "workDays" },
      target: { amount: 5, unit: "workDays" },
    });
  });
});
