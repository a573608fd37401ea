import { describe, expect, it } from "vitest";
import {
  applyInput,
  type Draft,
  type DraftInput,
  DraftSchema,
  isDone,
  startDraft,
  startJustificationDraft,
  stepView,
} from "../../../src/domain/answers/steps.js";
import type { ParseResult } from "../../../src/domain/answers/values.js";

const LAST_YEAR = 2025;
const CTX = { lastYear: LAST_YEAR };

function value<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
function errorKey<T>(r: ParseResult<T>): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error.key;
}

// ---------------------------------------------------------------------------------------------

/** Feeds inputs (strings = text, {b} = button) and returns the final draft; asserts every step ok. */
function walk(no: number, inputs: (string | { b: string })[]): Draft {
  let draft = startDraft(no);
  for (const input of inputs) {
    const di: DraftInput =
      typeof input === "string" ? { type: "text", text: input } : { type: "button", id: input.b };
    draft = value(applyInput(draft, di, CTX));
    // drafts survive JSON (session storage)
    expect(DraftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  }
  return draft;
}

describe("step machine", () => {
  it("Q1: text, then justification", () => {
    const view = stepView(startDraft(1), CTX);
    expect(view).toMatchObject({
      step: "demand",
      promptKey: "q-hint-1",
      vars: { lastYear: "2025", firstYear: "2022" },
      buttons: [],
      acceptsText: true,
    });
    const d = walk(1, ["2024: 1 000\n2025: 1 200", "  Рост обращений  "]);
    expect(isDone(d)).toBe(true);
    expect(d).toEqual({
      no: 1,
      step: "done",
      value: {
        type: "demand",
        years: [
          { year: 2024, count: 1000 },
          { year: 2025, count: 1200 },
        ],
      },
      justification: "Рост обращений",
    });
  });

  it("choice questions: buttons only, then justification", () => {
    const view = stepView(startDraft(2), CTX);
    expect(view.buttons).toEqual([
      { id: "yes", labelKey: "choice-yes" },
      { id: "no", labelKey: "choice-no" },
      { id: "partly", labelKey: "choice-partly" },
    ]);
    expect(view.acceptsText).toBe(false);
    const start = startDraft(2);
    expect(applyInput(start, { type: "text", text: "да" }, CTX)).toEqual({
      ok: false,
      error: { key: "err-use-buttons" },
    });
    expect(errorKey(applyInput(start, { type: "button", id: "na" }, CTX))).toBe("err-use-buttons");
    expect(errorKey(applyInput(start, { type: "button", id: "bogus" }, CTX))).toBe(
      "err-use-buttons",
    );
    const afterChoice = walk(2, [{ b: "partly" }]);
    expect(afterChoice).toEqual({
      no: 2,
      step: "justification",
      value: { type: "choice", choice: "partly" },
    });
    expect(stepView(afterChoice, CTX)).toMatchObject({
      promptKey: "ask-justification",
      vars: { max: 2000 },
      acceptsText: true,
    });
    expect(errorKey(applyInput(afterChoice, { type: "text", text: "   " }, CTX))).toBe("err-empty");
    expect(errorKey(applyInput(afterChoice, { type: "text", text: "x".repeat(2001) }, CTX))).toBe(
      "err-too-long",
    );
    const done = walk(2, [{ b: "partly" }, "Частично через ЕПИГУ"]);
    expect(done.step).toBe("done");
    expect(() => stepView(done, CTX)).toThrow();
    expect(errorKey(applyInput(done, { type: "text", text: "x" }, CTX))).toBe("err-invalid-answer");
    expect(walk(6, [{ b: "na" }, "Коллегиальный орган не участвует"]).value).toEqual({
      type: "choice",
      choice: "na",
    });
  });

  it("Q4: full term in one message, then target", () => {
    const d = walk(4, ["15 рабочих дней"]);
    expect(d).toEqual({ no: 4, step: "termTarget", current: { amount: 15, unit: "workDays" } });
    expect(stepView(d, CTX).buttons).toEqual([
      { id: "cannotShorten", labelKey: "choice-cannot-shorten" },
    ]);
    expect(errorKey(applyInput(d, { type: "text", text: "20" }, CTX))).toBe("err-term-exceeds");
    const done = walk(4, ["15 рабочих дней", "10", "Исключение согласований"]);
    expect(done.value).toEqual({
      type: "term",
      current: { amount: 15, unit: "workDays" },
      target: { amount: 10, unit: "workDays" },
    });
  });

  it("Q4: bare number, unit via buttons, cannot shorten", () => {
    const d = walk(4, ["15"]);
    expect(d).toEqual({ no: 4, step: "termCurrentUnit", amount: 15 });
    const view = stepView(d, CTX);
    expect(view.promptKey).toBe("ask-term-current-unit");
    expect(view.vars).toEqual({ amount: 15 });
    expect(view.buttons.map((b) => b.id)).toEqual(["workDays", "calendarDays", "hours", "minutes"]);
    expect(view.buttons.map((b) => b.labelKey)).toEqual([
      "unit-workDays",
      "unit-calendarDays",
      "unit-hours",
      "unit-minutes",
    ]);
    expect(errorKey(applyInput(d, { type: "text", text: "недель" }, CTX))).toBe("err-term-unit");
    expect(walk(4, ["15", "календарных дней"])).toEqual({
      no: 4,
      step: "termTarget",
      current: { amount: 15, unit: "calendarDays" },
    });
    const done = walk(4, ["3", { b: "hours" }, { b: "cannotShorten" }, "Минимальный срок"]);
    expect(done).toEqual({
      no: 4,
      step: "done",
      value: { type: "term", current: { amount: 3, unit: "hours" }, target: null },
      justification: "Минимальный срок",
    });
    expect(walk(4, ["10 күн"]).step).toBe("termCurrentUnit");
  });

  it("Q5: items over several messages, done; or none", () => {
    let d = startDraft(5);
    expect(stepView(d, CTX).buttons.map((b) => b.id)).toEqual(["none"]);
    expect(errorKey(applyInput(d, { type: "button", id: "done" }, CTX))).toBe("err-use-buttons");
    d = walk(5, ["1. Справка\n2. Копия"]);
    expect(d).toEqual({ no: 5, step: "list", items: ["Справка", "Копия"] });
    const view = stepView(d, CTX);
    expect(view.promptKey).toBe("ask-list-more");
    expect(view.vars).toEqual({ max: 50, count: 2 });
    expect(view.buttons.map((b) => b.id)).toEqual(["done"]);
    expect(errorKey(applyInput(d, { type: "button", id: "none" }, CTX))).toBe("err-use-buttons");
    const done = walk(5, ["1. Справка\n2. Копия", "Выписка", { b: "done" }, "Сведения есть в ГБД"]);
    expect(done.value).toEqual({ type: "list", items: ["Справка", "Копия", "Выписка"] });
    expect(walk(5, [{ b: "none" }, "Все документы нужны"]).value).toEqual({ type: "none" });
    // the 50-item limit counts items of earlier messages; item numbers are global
    const many = walk(5, [Array.from({ length: 49 }, (_, i) => `Д${i}`).join("\n")]);
    expect(applyInput(many, { type: "text", text: "a\nb" }, CTX)).toEqual({
      ok: false,
      error: { key: "err-list-too-many", vars: { max: 50 } },
    });
    expect(applyInput(many, { type: "text", text: "x".repeat(501) }, CTX)).toEqual({
      ok: false,
      error: { key: "err-list-item-too-long", vars: { no: 50, max: 500 } },
    });
  });

  it("Q10/Q14: yes → list → done; no → justification", () => {
    const yes = walk(10, [{ b: "yes" }]);
    expect(yes).toEqual({ no: 10, step: "list" });
    expect(stepView(yes, CTX)).toMatchObject({ promptKey: "ask-list-services", buttons: [] });
    expect(
      walk(10, [{ b: "yes" }, "Услуга А\nУслуга Б", { b: "done" }, "Обоснование"]).value,
    ).toEqual({
      type: "list",
      items: ["Услуга А", "Услуга Б"],
    });
    expect(walk(10, [{ b: "no" }, "Нет смежных услуг"]).value).toEqual({
      type: "choice",
      choice: "no",
    });
    expect(stepView(walk(14, [{ b: "yes" }]), CTX).promptKey).toBe("ask-list-systems");
  });

  it("Q11: yes → range; na", () => {
    const d = walk(11, [{ b: "yes" }]);
    expect(stepView(d, CTX).promptKey).toBe("ask-range");
    expect(errorKey(applyInput(d, { type: "text", text: "5 → 12" }, CTX))).toBe("err-range-order");
    expect(walk(11, [{ b: "yes" }, "с 12 до 5", "Автозаполнение из ГБД"]).value).toEqual({
      type: "range",
      from: 12,
      to: 5,
    });
    expect(walk(11, [{ b: "na" }, "Не через портал"]).value).toEqual({
      type: "choice",
      choice: "na",
    });
  });

  it("Q13: yes → name → developer", () => {
    const name = walk(13, [{ b: "yes" }, "ИС «Государственная база данных»"]);
    expect(name).toEqual({
      no: 13,
      step: "systemDeveloper",
      name: "ИС «Государственная база данных»",
    });
    expect(stepView(name, CTX).promptKey).toBe("ask-system-developer");
    expect(errorKey(applyInput(name, { type: "text", text: " " }, CTX))).toBe("err-empty");
    const done = walk(13, [{ b: "yes" }, "ИС", "АО «НИТ»", "Работает с 2019 года"]);
    expect(done.value).toEqual({ type: "system", name: "ИС", developer: "АО «НИТ»" });
  });

  it("can restart at the justification with a known value", () => {
    const d = startJustificationDraft(8, { type: "choice", choice: "yes" });
    expect(stepView(d, CTX).promptKey).toBe("ask-justification");
    expect(value(applyInput(d, { type: "text", text: "Новое" }, CTX))).toEqual({
      no: 8,
      step: "done",
      value: { type: "choice", choice: "yes" },
      justification: "Новое",
    });
  });

  it("does not mutate the input draft", () => {
    const d = walk(4, ["15"]);
    const copy = structuredClone(d);
    applyInput(d, { type: "button", id: "hours" }, CTX);
    expect(d).toEqual(copy);
  });
});
