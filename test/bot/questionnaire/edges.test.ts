import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setCommands } from "../../../src/bot/features/help.js";
import {
  answerHistory,
  answers,
  botStorage,
  materials,
  officials,
  responses,
} from "../../../src/db/schema.js";
import { changeStatus } from "../../../src/services/questionnaire.js";
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

async function openFirst(telegramId: number, locale: "ru" | "kk" = "ru", services?: string[]) {
  const w = await seedWorld(h.db.db, { telegramId, locale, services });
  const u = h.user(telegramId, locale);
  await u.send("/start");
  await u.press("1.");
  return { w, u };
}

const answerRows = () => h.db.db.select().from(answers).orderBy(answers.questionNo);

describe("bad input gets a clear answer and loses nothing", () => {
  it("a number that does not parse shows the expected format; the question stays", async () => {
    const { u } = await openFirst(2001);
    await u.send("много");
    expect(u.last().text).toContain("2025: 1 234");
    await u.send("-5");
    expect(u.last().text).toContain("отрицательным");
    await u.send("12,5");
    expect(await answerRows()).toHaveLength(0);
    await u.send("1 234"); // with a no-break space
    expect(u.last().text).toContain("Обоснование");
    expect((await answerRows())[0]?.value).toEqual({
      type: "demand",
      years: [{ year: 2025, count: 1234 }],
    });
  });

  it("free text where buttons are expected repeats the hint; a sticker, photo or voice asks for text", async () => {
    const { u } = await openFirst(2002);
    await u.send("100");
    await u.send("Обоснование");
    expect(u.last().text).toContain("Вопрос 2 из 14");
    await u.send("да, конечно");
    expect(u.last().text).toContain("кнопкой");
    await h.fake.sendSticker(2002);
    expect(u.last().text).toMatch(/кнопкой|текстом/);
    await u.press("Нет");
    await h.fake.sendPhoto(2002);
    expect(u.last().text).toContain("ответьте текстом");
    await h.fake.sendVoice(2002);
    expect(u.last().text).toContain("ответьте текстом");
    await u.send("Обоснование второго");
    expect(u.last().text).toContain("Вопрос 3 из 14");
  });

  it("a justification over 2000 characters is refused with the limit stated and nothing is lost", async () => {
    const { u } = await openFirst(2003);
    await u.send("100");
    await u.send("я".repeat(2001));
    expect(u.last().text).toMatch(/не более 2\s000/);
    expect((await answerRows())[0]?.justification).toBeNull();
    await u.send("я".repeat(2000));
    expect((await answerRows())[0]?.justification).toHaveLength(2000);
  });

  it("Q4: the new term cannot exceed the current one; 'cannot be shortened' is a button", async () => {
    const { u } = await openFirst(2004);
    for (const [a, j] of [["10", "j1"]] as const) {
      await u.send(a);
      await u.send(j);
    }
    await u.press("Да");
    await u.send("j2");
    await u.press("Да");
    await u.send("j3");
    await u.send("10 рабочих дней");
    await u.send("20 рабочих дней");
    expect(u.last().text).toContain("не может превышать");
    await u.press("Сократить нельзя");
    await u.send("Срок установлен законом");
    const q4 = (await answerRows()).find((a) => a.questionNo === 4);
    expect(q4?.value).toEqual({
      type: "term",
      current: { amount: 10, unit: "workDays" },
      target: null,
    });
  });

  it("a press on a button of an old question says it is no longer active and changes nothing", async () => {
    const { u } = await openFirst(2005);
    await u.send("100");
    await u.send("j1");
    await u.press("Да"); // Q2, now asked for the justification
    const q2 = u.last();
    await u.send("j2"); // now at Q3
    const before = await answerRows();
    await u.press("Назад", q2.message_id); // Back on the old Q2 message
    expect(h.fake.callbackAnswers.at(-1)?.text).toBe("Этот вопрос уже неактивен.");
    expect(await answerRows()).toEqual(before);
    expect(u.last().text).toContain("Вопрос 3 из 14");
  });

  it("a button on another service's questionnaire message is refused", async () => {
    const { u } = await openFirst(2006, "ru", ["Услуга А", "Услуга Б"]);
    await u.send("100");
    const serviceA = u.last(); // justification step of service A, Q1
    await u.send("/start");
    await u.press("2. Услуга Б");
    expect(u.last().text).toContain("Услуга Б");
    await u.press("Сохранить и выйти", serviceA.message_id);
    expect(h.fake.callbackAnswers.at(-1)?.text).toBe("Этот вопрос уже неактивен.");
    await u.send("250"); // still answering service Б, question 1
    const rows = await h.db.db.select().from(answers).orderBy(answers.responseId);
    expect(rows.map((r) => [r.responseId, r.value])).toEqual([
      [1, { type: "demand", years: [{ year: 2025, count: 100 }] }],
      [2, { type: "demand", years: [{ year: 2025, count: 250 }] }],
    ]);
  });

  it("in groups the bot stays silent; an unknown user learns how to get an invitation", async () => {
    await seedWorld(h.db.db, { telegramId: 2007 });
    h.fake.addUser({ id: 2007 });
    h.fake.addGroup(-100500);
    const calls = h.fake.calls.length;
    await h.fake.sendGroupText(-100500, 2007, "/start");
    expect(h.fake.calls.slice(calls).filter((c) => c.method === "sendMessage")).toHaveLength(0);
    const stranger = h.user(2999);
    await stranger.send("Здравствуйте");
    expect(stranger.last().text).toContain("приглашение");
  });
});

describe("many services", () => {
  it("a long list of questionnaires stays within one message and every one has its button", async () => {
    const names = Array.from(
      { length: 60 },
      (_, i) => `Услуга ${i + 1} ${"с очень длинным названием ".repeat(4)}`,
    );
    await seedWorld(h.db.db, { telegramId: 2501, locale: "ru", services: names });
    const u = h.user(2501);
    await u.send("/start");
    const list = u.last();
    expect(list.text!.length).toBeLessThanOrEqual(4096);
    expect(list.text).toMatch(/…и ещё \d+/);
    expect(u.buttons(list)).toHaveLength(60);
    await u.press(/\. Услуга 60 /);
    expect(u.last().text).toContain("Услуга 60");
  });
});

describe("navigation, review and revision", () => {
  it("Back keeps the answer; Keep moves on without changing it; Save and exit resumes at the same question", async () => {
    const { u } = await openFirst(2101);
    await u.send("100");
    await u.send("j1");
    await u.press("Назад");
    expect(u.last().text).toContain("Вопрос 1 из 14");
    expect(u.last().text).toContain("Текущий ответ: 2025 г.: 100");
    await u.press("Оставить как есть");
    expect(u.last().text).toContain("Текущее обоснование: j1");
    await u.press("Оставить как есть");
    expect(u.last().text).toContain("Вопрос 2 из 14");
    expect((await h.db.db.select().from(answerHistory)).length).toBe(2); // value + justification, once each

    await u.press("Сохранить и выйти");
    expect(u.last().text).toContain("сохранены");
    await u.send("/start");
    await u.press("1.");
    expect(u.last().text).toContain("Вопрос 2 из 14");
  });

  it("edit from the review returns to the review; history records old → new", async () => {
    const { u } = await openFirst(2102);
    await answerAllRu(u);
    await u.press("✏️ 8");
    expect(u.last().text).toContain("Вопрос 8 из 14");
    await u.press("Нет");
    await u.send("Передумали");
    expect(u.last().text).toContain("Проверка ответов");
    const hist = await h.db.db.select().from(answerHistory).where(eq(answerHistory.questionNo, 8));
    expect(hist.map((x) => [x.field, x.oldValue, x.newValue])).toEqual([
      ["value", null, { type: "choice", choice: "yes" }],
      ["justification", null, "Риски низкие"],
      ["value", { type: "choice", choice: "yes" }, { type: "choice", choice: "no" }],
      ["justification", "Риски низкие", "Передумали"],
    ]);
  });

  it("Q14 is skipped as not applicable when Q13 is no, and asked again when Q13 becomes yes", async () => {
    const { u } = await openFirst(2103);
    await answerAllRu(u);
    await u.press("✏️ 13");
    await u.press("Нет");
    await u.send("Системы нет");
    let rows = await answerRows();
    expect(rows.find((r) => r.questionNo === 14)?.value).toEqual({ type: "choice", choice: "na" });
    expect(u.last().text).toContain("Проверка ответов");
    // Q13 back to yes: the automatic "not applicable" of Q14 is cleared, so it must be answered
    await u.press("✏️ 13");
    await u.press("Да");
    await u.send("ИС «Лицензии»");
    await u.send("АО «НИТ»");
    await u.send("Система есть");
    rows = await answerRows();
    expect(rows.find((r) => r.questionNo === 14)?.value).toBeNull();
    expect(u.buttons()).toContain("• ✏️ 14");
  });

  it("returned for revision: the official sees the comment, edits and resubmits", async () => {
    const { u } = await openFirst(2104);
    await answerAllRu(u);
    await u.press("Отправить");
    await u.press("Да, отправить");
    expect(
      await changeStatus(h.app.deps, 1, "return", "Уточните <срок> & статистику"),
    ).toMatchObject({ ok: true, from: "submitted", to: "returned" });
    await u.send("/start");
    expect(u.last().text).toContain("возвращено на доработку");
    await u.press("1.");
    const review = u
      .messages()
      .filter((m) => m.text?.includes("Проверка ответов"))
      .at(-1)!;
    expect(review.text).toContain("Уточните <срок> & статистику");
    await u.press("✏️ 4");
    await u.send("15 рабочих дней");
    await u.send("3 рабочих дня");
    await u.send("Уточнили");
    await u.press("Отправить");
    await u.press("Да, отправить");
    const [r] = await h.db.db.select().from(responses);
    expect(r?.status).toBe("submitted");
  });

  it("a long review is split under 4096 characters per message, and HTML in answers round-trips unchanged", async () => {
    const { u } = await openFirst(2105);
    const nasty = "<b>жирный?</b> & <script>alert(1)</script> ";
    await u.send("100");
    await u.send(nasty + "я".repeat(1900));
    for (let q = 2; q <= 14; q++) {
      const last = u.last();
      const labels = u.buttons(last);
      if (labels.includes("Да")) await u.press("Да");
      else if (q === 4) await u.send("5 рабочих дней");
      else if (q === 5) await u.press("Таких документов нет");
      if (q === 4) await u.press("Сократить нельзя");
      if (q === 10 || q === 14) {
        await u.send("Сервис <A&B>");
        await u.press("Готово");
      }
      if (q === 11) await u.send("10 5");
      if (q === 13) {
        await u.send("ИС <X>");
        await u.send("ТОО «Разработчик & Ко»");
      }
      await u.send(`${nasty}${"ж".repeat(1900)}`);
    }
    const reviews = u.messages().filter((m) => m.text?.includes("Проверка ответов"));
    expect(reviews.length).toBeGreaterThan(4);
    for (const m of reviews) expect(m.text!.length).toBeLessThanOrEqual(4096);
    const all = reviews.map((m) => m.text).join("\n");
    expect(all).toContain("<b>жирный?</b> & <script>alert(1)</script>");
    expect(all).toContain("Сервис <A&B>");
    expect(h.fake.calls.filter((c) => !c.ok && c.errorCode !== 429)).toEqual([]); // never a 400 on user text
    const j1 = (await answerRows())[0]?.justification;
    expect(j1?.startsWith(nasty)).toBe(true);
  });
});

describe("nothing is lost", () => {
  it("a restart in the middle of a question continues at the same step with everything kept", async () => {
    const { u } = await openFirst(2201);
    await u.send("100");
    await u.send("j1");
    await u.press("Да"); // Q2
    await u.send("j2");
    await u.press("Да"); // Q3: the value is saved, the justification is awaited
    await h.restart(); // a new process: new bot object, same database
    await u.send("Обоснование после рестарта");
    expect(u.last().text).toContain("Вопрос 4 из 14");
    const rows = await answerRows();
    expect(rows.find((r) => r.questionNo === 3)).toMatchObject({
      value: { type: "choice", choice: "yes" },
      justification: "Обоснование после рестарта",
    });
  });

  it("a restart between the steps of a detailed answer (Q13: name, then developer) keeps the step", async () => {
    const { u } = await openFirst(2202);
    for (let q = 1; q <= 12; q++) {
      const labels = u.buttons();
      if (q === 1) await u.send("100");
      else if (q === 4) {
        await u.send("5 рабочих дней");
        await u.press("Сократить нельзя");
      } else if (q === 5) await u.press("Таких документов нет");
      else await u.press(labels.includes("Нет") ? "Нет" : "Да");
      await u.send(`j${q}`);
    }
    expect(u.last().text).toContain("Вопрос 13 из 14");
    await u.press("Да");
    await u.send("ИС «Лицензии»");
    await h.restart();
    await u.send("АО «НИТ»");
    expect(u.last().text).toContain("Обоснование");
    await u.send("j13");
    const q13 = (await answerRows()).find((r) => r.questionNo === 13);
    expect(q13?.value).toEqual({ type: "system", name: "ИС «Лицензии»", developer: "АО «НИТ»" });
  });

  it("when the stored conversation is dropped (new code version), the official continues at the same question", async () => {
    const { u } = await openFirst(2203);
    await u.send("100");
    await u.send("j1");
    await h.db.db.delete(botStorage);
    await h.restart();
    await u.press("Частично");
    expect(u.last().text).toContain("Обоснование");
    await u.send("j2");
    expect(u.last().text).toContain("Вопрос 3 из 14");
  });
});

describe("languages", () => {
  it("/language mid-questionnaire re-shows the current question in Kazakh and keeps it stored", async () => {
    const { u } = await openFirst(2301);
    await u.send("100");
    await u.send("j1");
    await u.send("/language");
    await u.press("Қазақша");
    expect(u.last().text).toContain("Сұрақ 2 / 14");
    expect(u.last().text).toContain("Қызметті қағаз түрден");
    const [o] = await h.db.db.select().from(officials).where(eq(officials.telegramId, 2301));
    expect(o?.locale).toBe("kk");
    await u.press("Иә");
    expect(u.last().text).toContain("Негіздеме");
  });

  it("a first-time official picks a language, preselected from Telegram", async () => {
    await seedWorld(h.db.db, { telegramId: 2302, locale: null });
    const u = h.user(2302, "kk");
    await u.send("/start");
    expect(u.buttons()).toEqual(["✓ Қазақша", "Русский"]); // preselected from Telegram's language_code
    await u.press("Русский");
    expect(u.last().text).toContain("Ваши опросные листы");
  });

  it("the command menu is set in both languages", async () => {
    await setCommands(h.app.telegram.bot.api, h.app.deps);
    expect(h.fake.commands("kk").map((c) => c.description)).toContain("Тілді ауыстыру");
    expect(h.fake.commands("ru").map((c) => c.description)).toContain("Сменить язык");
  });
});

describe("materials of p.8", () => {
  it("an explanatory note as DOCX is stored with name, type, size and checksum; other types are refused", async () => {
    const { u } = await openFirst(2401);
    await answerAllRu(u);
    await u.press("Пояснительная записка");
    await h.fake.sendDocument(2401, {
      file_name: "photo.exe",
      mime_type: "application/octet-stream",
      content: new Uint8Array([1]),
    });
    expect(u.last().text).toContain("не принимается");
    await h.fake.sendDocument(2401, {
      file_name: "big.pdf",
      mime_type: "application/pdf",
      content: new Uint8Array(1),
      file_size: 21 * 1024 * 1024,
    });
    expect(u.last().text).toContain("20 МБ");
    // a file named .pdf whose bytes are a PNG image is not a note
    await h.fake.sendDocument(2401, {
      file_name: "scan.pdf",
      mime_type: "application/pdf",
      content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    });
    expect(u.last().text).toContain("не соответствует его расширению");
    expect(await h.db.db.select().from(materials)).toHaveLength(0);
    // a DOCX: a ZIP package with the word/ part (its first bytes, as Word writes them)
    const bytes = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode("\u0014\u0000\u0006\u0000word/document.xml pretend"),
    ]);
    await h.fake.sendDocument(2401, {
      file_name: "Записка.docx",
      mime_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      content: bytes,
    });
    const [m] = await h.db.db.select().from(materials);
    expect(m).toMatchObject({
      kind: "note",
      fileName: "Записка.docx",
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(Buffer.from(m!.content!).equals(Buffer.from(bytes))).toBe(true);
    expect(u.last().text).toContain("Записка.docx");

    await u.press("Дополнительные предложения");
    await u.send("Перевести в проактивный формат");
    const rows = await h.db.db.select().from(materials);
    expect(rows.map((r) => r.kind).sort()).toEqual(["note", "proposals"]);
  });
});

// last in the file: the faults it injects stay in fake.calls, which earlier tests inspect
describe("Telegram errors while answering", () => {
  const tooOld = {
    error_code: 400,
    description:
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
  };

  it("a button pressed while the bot was down (its query too old to answer) still acts", async () => {
    await seedWorld(h.db.db, { telegramId: 2101, locale: "ru" });
    const u = h.user(2101);
    await u.send("/start");
    h.fake.setFault("answerCallbackQuery", tooOld);
    await u.press("1.");
    expect(u.last().text).toContain("Вопрос 1 из 14");
    await u.send("100");
    await u.send("j1");
    h.fake.setFault("answerCallbackQuery", tooOld); // inside the questionnaire too
    await u.press("Да");
    expect((await answerRows())[1]?.value).toEqual({ type: "choice", choice: "yes" });
  });

  it("a 403 while answering (blocked meanwhile) marks the official unreachable; writing again restores them", async () => {
    await seedWorld(h.db.db, { telegramId: 2102, locale: "ru" });
    const u = h.user(2102);
    h.fake.setFault("sendMessage", {
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    await u.send("/start");
    const reachable = async () =>
      (await h.db.db.select().from(officials).where(eq(officials.telegramId, 2102)))[0]?.reachable;
    expect(await reachable()).toBe(false);
    await u.send("/start");
    expect(await reachable()).toBe(true);
    expect(u.last().text).toContain("1.");
  });
});
