/**
 * Appendix 1 in Telegram, over HTTP against the fake Bot API: reached from the questionnaire's
 * review, one item at a time, the proposals Appendix 2 answers shown together to confirm or
 * correct, saved at once, resumable after Save and exit and a restart, Back/Keep/Edit, the
 * diagram file, and submit waiting for it — in Russian and in Kazakh.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { materials, responses } from "../../../src/db/schema.js";
import { fillAnswers, fillProcess, storedProcess } from "../../helpers/answers.js";
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

/** An official whose questionnaire (Appendix 2) is answered, with the review on screen. */
async function answered(telegramId: number, locale: "ru" | "kk") {
  const w = await seedWorld(h.db.db, {
    telegramId,
    locale,
    processOptional: false,
    services: ["Выдача лицензии"],
  });
  const r = await h.app.deps.repos.responses.ensure(w.assignmentIds[0]!, h.clock.now);
  await fillAnswers(h.db.db, r.id);
  const u = h.user(telegramId, locale);
  await u.send("/start");
  await u.press("1. ");
  return { u, responseId: r.id };
}

const stored = (responseId: number) => storedProcess(h.db.db, responseId);

describe("Appendix 1 in Russian", () => {
  it("asks the current process, prefills the overlap for confirmation, takes a correction, then submits", async () => {
    const { u, responseId } = await answered(3001, "ru");
    expect(u.last().text).toContain("Приложение 1 (бизнес-процесс): заполнено 0 из 16");

    // submit waits for Appendix 1
    await u.press("Отправить");
    expect(h.fake.callbackAnswers.at(-1)?.text).toContain("Заполните приложение 1");

    await u.press("Приложение 1 (0/16)");
    expect(u.last().text).toContain("Приложение 1, пункт 1 из 16");
    expect(u.last().text).toContain("Шаги действующего бизнес-процесса");
    await u.send("Приём заявления\nПроверка документов");
    await u.send("Выдача результата");
    await u.press("Готово");
    expect((await stored(responseId))[1]).toEqual({
      type: "list",
      items: ["Приём заявления", "Проверка документов", "Выдача результата"],
    });
    expect(u.last().text).toContain("2. Истребуемые документы");
    await u.send("Заявление\nКопия удостоверения\nСправка");
    await u.press("Готово");
    expect(u.last().text).toContain("3. Потребители услуги");
    await u.press("Физические и юридические лица");

    // the proposals Appendix 2 answers, together, with where they come from
    const prefill = u.last().text ?? "";
    expect(prefill).toContain("Предложения по ответам опросного листа");
    expect(prefill).toContain("4. Оказание исключительно в электронном формате: Да (параметр 2)");
    expect(prefill).toContain("6. Одноразовый пароль: Да (параметр 8)");
    expect(prefill).toContain("9. Полная автоматизация: Нет (параметр 7)");
    expect(prefill).toContain("10. Сокращение сроков: Нет (параметр 4)");
    expect(prefill).toContain("14. Альтернатива через услугодателя: Исключить (параметр 12)");
    expect(prefill).not.toContain("Бумажный формат"); // not answered by Appendix 2: asked
    expect(Object.keys(await stored(responseId))).toEqual(["1", "2", "3"]); // nothing saved unasked

    // a correction: the term can be shortened after all
    await u.press("Исправить 10");
    expect(u.last().text).toContain("10. Сокращение сроков");
    await u.press("Да");
    await u.send("15 рабочих дней");
    await u.send("15");
    expect(u.last().text).toContain("это не сокращение");
    await u.send("5");
    expect((await stored(responseId))[10]).toEqual({
      type: "term",
      current: { amount: 15, unit: "workDays" },
      target: { amount: 5, unit: "workDays" },
    });
    expect(u.last().text).toContain("Предложения по ответам опросного листа");
    expect(u.last().text).not.toContain("10. Сокращение сроков");
    await u.press("Подтвердить все");
    expect(u.textsSince(u.messages().length - 2).join("\n")).toContain(
      "Подтверждено предложений: 8",
    );

    // only the rest is asked
    expect(u.last().text).toContain("5. Бумажный формат");
    await u.press("Исключить");
    expect(u.last().text).toContain("12. Сокращение шагов");
    await u.press("Да");
    await u.send("восемь");
    expect(u.last().text).toContain("Укажите два целых числа");
    await u.send("3 → 2");
    expect(u.last().text).toContain("15. Шаги предлагаемого бизнес-процесса");
    await u.send("Приём заявления на портале\nВыдача результата");
    await u.press("Готово");
    await u.send("Заявление");
    await u.press("Готово");

    const review = u.last().text ?? "";
    expect(review).toContain("Приложение 1: бизнес-процесс");
    expect(review).toContain("10. Сокращение сроков: Да: 15 рабочих дней → 5 рабочих дней");
    expect(review).toContain("3. Потребители услуги: Физические и юридические лица");
    const all = await stored(responseId);
    expect(Object.keys(all)).toHaveLength(16);
    expect(all[4]).toEqual({ type: "choice", choice: "yes" });
    expect(all[14]).toEqual({ type: "choice", choice: "exclude" });

    await u.press("К опросному листу");
    expect(u.last().text).toContain("заполнено 16 из 16");
    await u.press("Отправить");
    await u.press("Да, отправить");
    const [row] = await h.db.db.select().from(responses).where(eq(responses.id, responseId));
    expect(row?.status).toBe("submitted");
  });

  it("edits an item from the review and attaches the diagram (its bytes are checked)", async () => {
    const { u, responseId } = await answered(3002, "ru");
    await fillProcess(h.db.db, responseId);
    await u.press("Приложение 1");
    expect(u.last().text).toContain("Приложение 1: бизнес-процесс");
    await u.press("✏️ 3");
    expect(u.last().text).toContain("Текущий ответ: Физические и юридические лица");
    await u.press("Юридические лица");
    expect(u.last().text).toContain("3. Потребители услуги: Юридические лица");

    await u.press("Схема процесса");
    expect(u.last().text).toContain("PDF, DOCX, VSDX или PNG");
    await h.fake.sendDocument(3002, {
      file_name: "схема.jpg",
      mime_type: "image/jpeg",
      content: new Uint8Array([0xff, 0xd8, 0xff]),
    });
    expect(u.last().text).toContain("не принимается");
    await h.fake.sendDocument(3002, {
      file_name: "схема.png",
      mime_type: "image/png",
      content: new TextEncoder().encode("%PDF-1.4 not a png"),
    });
    expect(u.last().text).toContain("не соответствует его расширению");
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await h.fake.sendDocument(3002, {
      file_name: "схема.png",
      mime_type: "image/png",
      content: png,
    });
    const [m] = await h.db.db.select().from(materials);
    expect(m).toMatchObject({ kind: "diagram", fileName: "схема.png", mimeType: "image/png" });
    expect(u.last().text).toContain("Схема действующего бизнес-процесса: файл схема.png");
  });
});

describe("Appendix 1 in Kazakh", () => {
  it("continues after Save and exit and a restart; Back shows the item before with Keep", async () => {
    const { u, responseId } = await answered(3003, "kk");
    expect(u.last().text).toContain("1-қосымша (бизнес-процесс): толтырылғаны 0 / 16");
    await u.press("1-қосымша (0/16)");
    expect(u.last().text).toContain("Қолданыстағы бизнес-процестің қадамдары");
    await u.send("Өтінішті қабылдау");
    await u.press("Сақтап шығу");
    await h.restart();

    await u.send("/start");
    await u.press("1. ");
    // the typed step is kept: the list goes on from it
    expect(u.last().text).toContain("Қосылған тармақтар: 1");
    await u.send("Нәтижені беру");
    await u.press("Дайын");
    expect((await stored(responseId))[1]).toEqual({
      type: "list",
      items: ["Өтінішті қабылдау", "Нәтижені беру"],
    });
    expect(u.last().text).toContain("2. Сұралатын құжаттар");
    await u.press("Ондай құжаттар жоқ");
    await u.press("Жеке тұлғалар");
    const prefill = u.last().text ?? "";
    expect(prefill).toContain("Сауалнама парағының жауаптарынан алынған ұсыныстар");
    expect(prefill).toContain("4. Тек электрондық түрде көрсету: Иә (2-параметр)");
    expect(prefill).toContain("11. Құжаттарды қысқарту: Жоқ (5-параметр)");
    await u.press("Барлығын растау");
    expect(u.last().text).toContain("5. Қағаз түрі");

    await u.press("Артқа");
    expect(u.last().text).toContain("4. Тек электрондық түрде көрсету");
    expect(u.last().text).toContain("Қазіргі жауап: Иә");
    await u.press("Өзгертпеу");
    expect(u.last().text).toContain("5. Қағаз түрі");
    await u.press("Қалдыру");
    expect(u.last().text).toContain("12. Қадамдарды қысқарту");
    await u.press("Иә");
    await u.send("2-ден 1-ге");
    expect((await stored(responseId))[12]).toEqual({ type: "range", from: 2, to: 1 });
    expect(u.last().text).toContain("15. Ұсынылатын бизнес-процестің қадамдары");
  });
});
