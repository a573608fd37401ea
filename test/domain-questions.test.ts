import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import { describe, expect, it } from "vitest";
import {
  type AnswerValue,
  AnswerValueSchema,
  applyInput,
  type Draft,
  type DraftInput,
  DraftSchema,
  durationMinutes,
  isApplicable,
  isDone,
  JUSTIFICATION_MAX,
  LIST_ITEM_MAX,
  LIST_MAX_ITEMS,
  type Locale,
  NOT_APPLICABLE,
  type ParseResult,
  parseCount,
  parseDemand,
  parseJustification,
  parseList,
  parseRange,
  parseSystemText,
  parseTerm,
  parseTermNumber,
  parseTermTarget,
  parseTermUnit,
  SYSTEM_TEXT_MAX,
  skippedAnswer,
  startDraft,
  startJustificationDraft,
  stepView,
  summarizeAnswer,
  type Translate,
  termExceeds,
  validateAnswer,
} from "../src/domain/answers.js";
import {
  COLUMN_KEYS,
  getQuestion,
  getStep,
  PROGRESS_KEY,
  QUESTION_COUNT,
  QUESTIONNAIRE_TITLE_KEY,
  QUESTIONS,
  type StepId,
  TERM_UNITS,
  TermUnit,
} from "../src/domain/questions.js";
import { formatDuration, formatNumber } from "../src/i18n/format.js";

const LAST_YEAR = 2025;
const CTX = { lastYear: LAST_YEAR };
const NBSP = "\u00A0";
const NNBSP = "\u202F";

function value<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
function errorKey<T>(r: ParseResult<T>): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error.key;
}

// ---------------------------------------------------------------------------------------------

describe("QUESTIONS", () => {
  it("has the 14 parameters in order with their Fluent keys", () => {
    expect(QUESTION_COUNT).toBe(14);
    expect(QUESTIONS).toHaveLength(14);
    QUESTIONS.forEach((q, i) => {
      expect(q.no).toBe(i + 1);
      expect(getQuestion(i + 1)).toBe(q);
      expect(q.titleKey).toBe(`q-title-${q.no}`);
      expect(q.hintKey).toBe(`q-hint-${q.no}`);
      expect(q.steps[0]!.promptKey).toBe(q.hintKey);
      expect(q.steps.at(-1)!.id).toBe("justification");
    });
    expect(new Set(QUESTIONS.map((q) => q.key)).size).toBe(14);
  });

  it("has the agreed kinds and choices", () => {
    const kinds = QUESTIONS.map((q) => q.kind);
    expect(kinds).toEqual([
      "demand",
      "choice",
      "choice",
      "term",
      "list",
      "choice",
      "choice",
      "choice",
      "choice",
      "yesList",
      "range",
      "choice",
      "system",
      "yesList",
    ]);
    for (const no of [2, 3, 7]) expect(getQuestion(no).choices).toEqual(["yes", "no", "partly"]);
    expect(getQuestion(6).choices).toEqual(["yes", "no", "na"]);
    for (const no of [8, 9, 12, 10, 13, 14]) expect(getQuestion(no).choices).toEqual(["yes", "no"]);
    expect(getQuestion(11).choices).toEqual(["yes", "no", "na"]);
    expect(getQuestion(14).skipWhen).toEqual({ no: 13, choice: "no" });
  });

  it("rejects unknown question numbers", () => {
    for (const no of [0, 15, 1.5, Number.NaN]) expect(() => getQuestion(no)).toThrow(RangeError);
    expect(() => getStep(2, "range")).toThrow(RangeError);
  });

  it("has a consistent state machine: every transition target exists, every step is reachable", () => {
    for (const q of QUESTIONS) {
      const ids = new Set(q.steps.map((s) => s.id));
      expect(ids.size).toBe(q.steps.length);
      const reached = new Set<StepId>([q.steps[0]!.id]);
      for (const s of q.steps) {
        for (const b of s.buttons) expect(s.next[b.id], `${q.no}/${s.id}/${b.id}`).toBeDefined();
        if (s.acceptsText) expect(s.next.text, `${q.no}/${s.id}/text`).toBeDefined();
        for (const target of Object.values(s.next)) {
          if (target !== "done") {
            expect(ids.has(target!), `${q.no}: ${target}`).toBe(true);
            reached.add(target!);
          }
        }
      }
      expect(reached).toEqual(ids);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe("parseCount", () => {
  it("accepts integers with space, no-break and narrow no-break thousands separators", () => {
    expect(value(parseCount("0"))).toBe(0);
    expect(value(parseCount(" 1234 "))).toBe(1234);
    expect(value(parseCount("1 234"))).toBe(1234);
    expect(value(parseCount(`1${NBSP}234`))).toBe(1234);
    expect(value(parseCount(`1${NNBSP}234${NNBSP}567`))).toBe(1234567);
  });
  it("rejects negatives, decimals and garbage", () => {
    expect(errorKey(parseCount("-5"))).toBe("err-number-negative");
    expect(errorKey(parseCount("−5"))).toBe("err-number-negative");
    expect(errorKey(parseCount("12,5"))).toBe("err-number-integer");
    expect(errorKey(parseCount("12.5"))).toBe("err-number-integer");
    expect(errorKey(parseCount("1,234"))).toBe("err-number");
    expect(errorKey(parseCount("12 34"))).toBe("err-number");
    expect(errorKey(parseCount("много"))).toBe("err-number");
    expect(errorKey(parseCount("  "))).toBe("err-empty");
    expect(errorKey(parseCount("99 999 999 999"))).toBe("err-number-too-large");
  });
});

describe("parseDemand (Q1)", () => {
  it("treats a single number as the last year", () => {
    expect(value(parseDemand("1 234", LAST_YEAR))).toEqual([{ year: 2025, count: 1234 }]);
    expect(value(parseDemand(`12${NBSP}000`, LAST_YEAR))).toEqual([{ year: 2025, count: 12000 }]);
  });
  it("parses one line per year in various forms, sorted by year", () => {
    const text = ["2025: 1 234", "2024 — 1234", `2023 г. - 1${NNBSP}000`, "2022 ж.: 0"].join("\n");
    expect(value(parseDemand(text, LAST_YEAR))).toEqual([
      { year: 2022, count: 0 },
      { year: 2023, count: 1000 },
      { year: 2024, count: 1234 },
      { year: 2025, count: 1234 },
    ]);
    expect(value(parseDemand("2024 жылы – 5; 2025 год: 7", LAST_YEAR))).toEqual([
      { year: 2024, count: 5 },
      { year: 2025, count: 7 },
    ]);
    expect(value(parseDemand("2025 1 234\n\n", LAST_YEAR))).toEqual([{ year: 2025, count: 1234 }]);
  });
  it("rejects years out of range, duplicates, negatives and decimals", () => {
    const r = parseDemand("2021: 5", LAST_YEAR);
    expect(r).toEqual({
      ok: false,
      error: { key: "err-demand-year", vars: { year: "2021", min: "2022", max: "2025" } },
    });
    expect(errorKey(parseDemand("2026: 5", LAST_YEAR))).toBe("err-demand-year");
    expect(errorKey(parseDemand("2025: 5\n2025: 6", LAST_YEAR))).toBe("err-demand-duplicate");
    expect(errorKey(parseDemand("-5", LAST_YEAR))).toBe("err-number-negative");
    expect(errorKey(parseDemand("2025: -5", LAST_YEAR))).toBe("err-number-negative");
    expect(errorKey(parseDemand("2025 -5", LAST_YEAR))).toBe("err-number-negative");
    expect(value(parseDemand("2025 - 5", LAST_YEAR))).toEqual([{ year: 2025, count: 5 }]);
    expect(errorKey(parseDemand("12,5", LAST_YEAR))).toBe("err-number-integer");
    expect(errorKey(parseDemand("2025: 12.5", LAST_YEAR))).toBe("err-number-integer");
    expect(errorKey(parseDemand("", LAST_YEAR))).toBe("err-empty");
    const f = parseDemand("около тысячи", LAST_YEAR);
    expect(f).toEqual({
      ok: false,
      error: { key: "err-demand-format", vars: { lastYear: "2025" } },
    });
    expect(errorKey(parseDemand("2025:", LAST_YEAR))).toBe("err-demand-format");
    expect(errorKey(parseDemand("2025: 5\n100", LAST_YEAR))).toBe("err-demand-format");
  });
});

// ---------------------------------------------------------------------------------------------

describe("terms (Q4)", () => {
  it("parses units in Russian and Kazakh", () => {
    const cases: [string, TermUnit][] = [
      ["15 рабочих дней", "workDays"],
      ["15 р.д.", "workDays"],
      ["15 раб. дней", "workDays"],
      ["15 жұмыс күні", "workDays"],
      ["1 рабочий день", "workDays"],
      ["10 календарных дней", "calendarDays"],
      ["10 к.д.", "calendarDays"],
      ["10 күнтізбелік күн", "calendarDays"],
      ["2 суток", "calendarDays"],
      ["3 часа", "hours"],
      ["3 сағат", "hours"],
      ["3 ч.", "hours"],
      ["30 минут", "minutes"],
      ["30 мин", "minutes"],
      ["30мин.", "minutes"],
    ];
    for (const [text, unit] of cases) {
      expect(value(parseTerm(text)), text).toEqual({
        amount: Number.parseInt(text, 10),
        unit,
        daysAmbiguous: false,
      });
    }
    expect(parseTermUnit("Рабочие дни")).toBe("workDays");
    expect(parseTermUnit("Күнтізбелік күндер")).toBe("calendarDays");
    expect(parseTermUnit("дней")).toBeNull();
    expect(parseTermUnit("месяцев")).toBeNull();
  });
  it("returns a bare number (or ambiguous days) without a unit", () => {
    expect(value(parseTerm("15"))).toEqual({ amount: 15, unit: null, daysAmbiguous: false });
    expect(value(parseTerm("15 дней"))).toEqual({ amount: 15, unit: null, daysAmbiguous: true });
    expect(value(parseTerm("15 күн"))).toEqual({ amount: 15, unit: null, daysAmbiguous: true });
  });
  it("rejects bad terms", () => {
    expect(errorKey(parseTerm("0 минут"))).toBe("err-number-positive");
    expect(errorKey(parseTerm("-3 часа"))).toBe("err-number-negative");
    expect(errorKey(parseTerm("1,5 часа"))).toBe("err-number-integer");
    expect(errorKey(parseTerm("15 месяцев"))).toBe("err-term-format");
    expect(errorKey(parseTerm("пятнадцать дней"))).toBe("err-term-format");
    expect(errorKey(parseTerm(""))).toBe("err-empty");
  });
  it("parseTermNumber accepts positive integers only", () => {
    expect(value(parseTermNumber("15"))).toBe(15);
    expect(value(parseTermNumber("1 000"))).toBe(1000);
    expect(errorKey(parseTermNumber("0"))).toBe("err-number-positive");
    expect(errorKey(parseTermNumber("2.5"))).toBe("err-number-integer");
    expect(errorKey(parseTermNumber("-1"))).toBe("err-number-negative");
    expect(errorKey(parseTermNumber("15 дней"))).toBe("err-number");
    expect(errorKey(parseTermNumber("1 000 000"))).toBe("err-number-too-large");
    expect(TERM_UNITS).toEqual(Object.values(TermUnit));
  });
  it("compares terms with 1 working day = 7/5 calendar day", () => {
    const d = (amount: number, unit: TermUnit) => ({ amount, unit });
    expect(durationMinutes(d(5, "workDays"))).toBe(durationMinutes(d(7, "calendarDays")));
    expect(termExceeds(d(7, "calendarDays"), d(5, "workDays"))).toBe(false);
    expect(termExceeds(d(8, "calendarDays"), d(5, "workDays"))).toBe(true);
    expect(termExceeds(d(8, "workDays"), d(10, "calendarDays"))).toBe(true);
    expect(termExceeds(d(7, "workDays"), d(10, "calendarDays"))).toBe(false);
    expect(termExceeds(d(150, "minutes"), d(2, "hours"))).toBe(true);
    expect(termExceeds(d(120, "minutes"), d(2, "hours"))).toBe(false);
    expect(termExceeds(d(24, "hours"), d(1, "workDays"))).toBe(false);
    expect(termExceeds(d(15, "workDays"), d(15, "workDays"))).toBe(false);
    expect(termExceeds(d(16, "workDays"), d(15, "workDays"))).toBe(true);
  });
  it("parseTermTarget defaults to the current unit and rejects longer targets", () => {
    const current = { amount: 15, unit: "workDays" as const };
    expect(value(parseTermTarget("10", current))).toEqual({ amount: 10, unit: "workDays" });
    expect(value(parseTermTarget("10 дней", current))).toEqual({ amount: 10, unit: "workDays" });
    expect(value(parseTermTarget("3 часа", current))).toEqual({ amount: 3, unit: "hours" });
    expect(value(parseTermTarget("15 р.д.", current))).toEqual({ amount: 15, unit: "workDays" });
    expect(errorKey(parseTermTarget("20", current))).toBe("err-term-exceeds");
    expect(errorKey(parseTermTarget("30 календарных дней", current))).toBe("err-term-exceeds");
    const hours = { amount: 3, unit: "hours" as const };
    expect(errorKey(parseTermTarget("2 дня", hours))).toBe("err-term-days-kind");
    expect(errorKey(parseTermTarget("200 минут", hours))).toBe("err-term-exceeds");
  });
});

// ---------------------------------------------------------------------------------------------

describe("parseList", () => {
  it("splits lines, strips bullets and numbering", () => {
    expect(
      value(parseList("1. Справка о составе семьи\n- Копия удостоверения\n\n• Выписка")),
    ).toEqual(["Справка о составе семьи", "Копия удостоверения", "Выписка"]);
    expect(value(parseList("Справка А; справка Б"))).toEqual(["Справка А", "справка Б"]);
    expect(value(parseList("2) Анықтама"))).toEqual(["Анықтама"]);
  });
  it("enforces 1..50 items of 1..500 characters", () => {
    expect(errorKey(parseList(" \n \n"))).toBe("err-empty");
    const fifty = Array.from({ length: LIST_MAX_ITEMS }, (_, i) => `Документ ${i}`).join("\n");
    expect(value(parseList(fifty))).toHaveLength(50);
    expect(parseList(`${fifty}\nещё один`)).toEqual({
      ok: false,
      error: { key: "err-list-too-many", vars: { max: 50 } },
    });
    expect(value(parseList("а".repeat(LIST_ITEM_MAX)))).toHaveLength(1);
    expect(parseList(`ok\n${"а".repeat(LIST_ITEM_MAX + 1)}`)).toEqual({
      ok: false,
      error: { key: "err-list-item-too-long", vars: { no: 2, max: 500 } },
    });
  });
});

describe("parseRange (Q11)", () => {
  it("accepts the from→to forms", () => {
    for (const text of [
      "12 → 5",
      "12->5",
      "12-5",
      "12 – 5",
      "с 12 до 5",
      "от 12 до 5",
      "12-ден 5-ке",
      "12 5",
    ]) {
      expect(value(parseRange(text)), text).toEqual({ from: 12, to: 5 });
    }
    expect(value(parseRange("12-ден 12-ге дейін"))).toEqual({ from: 12, to: 12 });
    expect(value(parseRange("3 0"))).toEqual({ from: 3, to: 0 });
  });
  it("rejects bad ranges", () => {
    expect(errorKey(parseRange("5 → 12"))).toBe("err-range-order");
    expect(errorKey(parseRange("12"))).toBe("err-range-format");
    expect(errorKey(parseRange("12 5 3"))).toBe("err-range-format");
    expect(errorKey(parseRange("около 12 до 5"))).toBe("err-range-format");
    expect(errorKey(parseRange("-12 5"))).toBe("err-number-negative");
    expect(errorKey(parseRange("с -3 до 1"))).toBe("err-number-negative");
    expect(errorKey(parseRange("12,5 → 3"))).toBe("err-number-integer");
    expect(errorKey(parseRange(""))).toBe("err-empty");
  });
});

describe("free text", () => {
  it("justification: required, trimmed, at most 2000 characters", () => {
    expect(JUSTIFICATION_MAX).toBe(2000);
    expect(value(parseJustification("  Услуга оказывается через портал.  "))).toBe(
      "Услуга оказывается через портал.",
    );
    expect(value(parseJustification("строка 1\r\nстрока 2"))).toBe("строка 1\nстрока 2");
    expect(errorKey(parseJustification(""))).toBe("err-empty");
    expect(errorKey(parseJustification(" \n\t "))).toBe("err-empty");
    expect(value(parseJustification(`  ${"ы".repeat(2000)}  `))).toHaveLength(2000);
    expect(parseJustification("ы".repeat(2001))).toEqual({
      ok: false,
      error: { key: "err-too-long", vars: { max: 2000, length: 2001 } },
    });
  });
  it("system name/developer: one line, 1..300 characters", () => {
    expect(value(parseSystemText(" ИС «Е-лицензирование»\nАО «НИТ» "))).toBe(
      "ИС «Е-лицензирование» АО «НИТ»",
    );
    expect(value(parseSystemText("a".repeat(SYSTEM_TEXT_MAX)))).toHaveLength(300);
    expect(errorKey(parseSystemText("a".repeat(SYSTEM_TEXT_MAX + 1)))).toBe("err-too-long");
    expect(errorKey(parseSystemText("   "))).toBe("err-empty");
  });
});

// ---------------------------------------------------------------------------------------------

describe("validateAnswer", () => {
  const valid: [number, AnswerValue][] = [
    [1, { type: "demand", years: [{ year: 2024, count: 10 }] }],
    [2, { type: "choice", choice: "partly" }],
    [4, { type: "term", current: { amount: 15, unit: "workDays" }, target: null }],
    [
      4,
      {
        type: "term",
        current: { amount: 15, unit: "workDays" },
        target: { amount: 3, unit: "hours" },
      },
    ],
    [5, { type: "none" }],
    [5, { type: "list", items: ["Справка"] }],
    [6, { type: "choice", choice: "na" }],
    [8, { type: "choice", choice: "no" }],
    [10, { type: "list", items: ["Услуга А"] }],
    [10, { type: "choice", choice: "no" }],
    [11, { type: "range", from: 12, to: 5 }],
    [11, { type: "choice", choice: "na" }],
    [13, { type: "system", name: "ИС", developer: "АО «НИТ»" }],
    [13, { type: "choice", choice: "no" }],
    [14, { type: "list", items: ["ГБД ФЛ"] }],
    [14, { type: "choice", choice: "na" }],
  ];
  it.each(valid)("accepts a valid value for Q%i", (no, v) => {
    expect(value(validateAnswer(no, JSON.parse(JSON.stringify(v))))).toEqual(v);
    expect(AnswerValueSchema.safeParse(v).success).toBe(true);
  });

  const invalid: [number, unknown][] = [
    [1, { type: "demand", years: [] }],
    [1, { type: "demand", years: [{ year: 2024, count: -1 }] }],
    [1, { type: "demand", years: [{ year: 2024, count: 1.5 }] }],
    [
      1,
      {
        type: "demand",
        years: [
          { year: 2024, count: 1 },
          { year: 2024, count: 2 },
        ],
      },
    ],
    [2, { type: "choice", choice: "na" }],
    [2, { type: "choice", choice: "maybe" }],
    [2, { type: "demand", years: [{ year: 2024, count: 10 }] }],
    [
      4,
      {
        type: "term",
        current: { amount: 5, unit: "workDays" },
        target: { amount: 8, unit: "calendarDays" },
      },
    ],
    [4, { type: "term", current: { amount: 0, unit: "hours" }, target: null }],
    [4, { type: "term", current: { amount: 5, unit: "weeks" }, target: null }],
    [5, { type: "list", items: [] }],
    [5, { type: "list", items: ["   "] }],
    [5, { type: "list", items: Array.from({ length: 51 }, () => "x") }],
    [6, { type: "choice", choice: "partly" }],
    [8, { type: "choice", choice: "na" }],
    [10, { type: "choice", choice: "yes" }],
    [11, { type: "range", from: 5, to: 12 }],
    [11, { type: "range", from: -1, to: -2 }],
    [13, { type: "system", name: "ИС", developer: "" }],
    [13, { type: "choice", choice: "na" }],
    [14, { type: "none" }],
    [3, null],
    [3, "yes"],
  ];
  it.each(invalid)("rejects an invalid value for Q%i", (no, v) => {
    expect(validateAnswer(no, v)).toEqual({ ok: false, error: { key: "err-invalid-answer" } });
  });
  it("rejects unknown question numbers", () => {
    expect(errorKey(validateAnswer(15, { type: "choice", choice: "yes" }))).toBe(
      "err-invalid-answer",
    );
  });
  it("trims stored strings", () => {
    expect(value(validateAnswer(13, { type: "system", name: " ИС ", developer: " Д " }))).toEqual({
      type: "system",
      name: "ИС",
      developer: "Д",
    });
  });
});

describe("applicability", () => {
  it("skips Q14 when Q13 is no", () => {
    expect(isApplicable(14, {})).toBe(true);
    expect(isApplicable(14, { 13: { type: "system", name: "ИС", developer: "Д" } })).toBe(true);
    expect(isApplicable(14, { 13: { type: "choice", choice: "no" } })).toBe(false);
    for (let no = 1; no <= 13; no++) {
      expect(isApplicable(no, { 13: { type: "choice", choice: "no" } })).toBe(true);
    }
    const skipped = skippedAnswer(14);
    expect(skipped).toEqual({
      value: { type: "choice", choice: "na" },
      justificationKey: "sum-na-auto",
    });
    expect(skipped.value).toEqual(NOT_APPLICABLE);
    expect(validateAnswer(14, skipped.value).ok).toBe(true);
  });
});

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

// ---------------------------------------------------------------------------------------------

/** A fake t: "key{json vars}". */
const fakeT: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);

describe("summarizeAnswer with a fake t", () => {
  it("choices and unanswered", () => {
    expect(summarizeAnswer(2, { type: "choice", choice: "partly" }, fakeT, "ru")).toBe(
      "choice-partly",
    );
    expect(summarizeAnswer(14, NOT_APPLICABLE, fakeT, "kk")).toBe("choice-na");
    expect(summarizeAnswer(3, undefined, fakeT, "kk")).toBe("sum-unanswered");
    expect(summarizeAnswer(5, { type: "none" }, fakeT, "ru")).toBe("choice-none");
  });
  it.each(["kk", "ru"] as Locale[])("formats numbers per locale (%s)", (locale) => {
    const nf = new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : "ru-RU");
    const s = summarizeAnswer(
      1,
      {
        type: "demand",
        years: [
          { year: 2024, count: 1234567 },
          { year: 2025, count: 5 },
        ],
      },
      fakeT,
      locale,
    );
    expect(s).toBe(
      [
        `sum-demand-year${JSON.stringify({ year: "2024", count: nf.format(1234567) })}`,
        `sum-demand-year${JSON.stringify({ year: "2025", count: "5" })}`,
      ].join("\n"),
    );
    expect(formatNumber(1234567, locale)).toBe(nf.format(1234567));
    expect(formatNumber(1234567, locale)).not.toBe("1234567");
  });
  it("terms, lists, ranges, systems", () => {
    const term = summarizeAnswer(
      4,
      {
        type: "term",
        current: { amount: 15, unit: "workDays" },
        target: { amount: 3, unit: "hours" },
      },
      fakeT,
      "ru",
    );
    expect(term).toBe(
      `sum-term${JSON.stringify({
        current: `sum-dur-workDays${JSON.stringify({ count: 15, amount: "15" })}`,
        target: `sum-dur-hours${JSON.stringify({ count: 3, amount: "3" })}`,
      })}`,
    );
    expect(
      summarizeAnswer(
        4,
        { type: "term", current: { amount: 1, unit: "minutes" }, target: null },
        fakeT,
        "kk",
      ),
    ).toBe(
      `sum-term-fixed${JSON.stringify({ current: `sum-dur-minutes${JSON.stringify({ count: 1, amount: "1" })}` })}`,
    );
    expect(summarizeAnswer(5, { type: "list", items: ["А", "Б"] }, fakeT, "ru")).toBe("А; Б");
    expect(summarizeAnswer(10, { type: "list", items: ["А", "Б"] }, fakeT, "ru")).toBe(
      `sum-yes-list${JSON.stringify({ items: "А; Б" })}`,
    );
    expect(summarizeAnswer(11, { type: "range", from: 1200, to: 5 }, fakeT, "ru")).toBe(
      `sum-range${JSON.stringify({ from: formatNumber(1200, "ru"), to: "5" })}`,
    );
    expect(summarizeAnswer(13, { type: "system", name: "ИС", developer: "НИТ" }, fakeT, "kk")).toBe(
      `sum-system${JSON.stringify({ name: "ИС", developer: "НИТ" })}`,
    );
  });
});

// ---------------------------------------------------------------------------------------------

const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));
const SOURCES = ["../src/domain/questions.ts", "../src/domain/answers.ts"].map((p) =>
  readFileSync(fileURLToPath(new URL(p, import.meta.url)), "utf8"),
);
const PREFIX = /^(q|choice|unit|err|ask|sum|col)-/;

/** Message ids defined in a Fluent file, in order (duplicates kept). */
function fileKeys(locale: Locale): string[] {
  const src = readFileSync(`${LOCALES_DIR}/${locale}.ftl`, "utf8");
  return [...src.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!);
}
/** Message ids of the "## questionnaire" section. */
function sectionKeys(locale: Locale): string[] {
  const src = readFileSync(`${LOCALES_DIR}/${locale}.ftl`, "utf8");
  const start = src.indexOf("\n## questionnaire\n");
  expect(start, `${locale}.ftl has a "## questionnaire" section`).toBeGreaterThanOrEqual(0);
  const rest = src.slice(start + 1);
  const end = rest.indexOf("\n## ", 1);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!);
}

/** Every Fluent key the domain code can hand to the bot. */
function referencedKeys(): Set<string> {
  const keys = new Set<string>([QUESTIONNAIRE_TITLE_KEY, PROGRESS_KEY, ...COLUMN_KEYS]);
  for (const q of QUESTIONS) {
    keys.add(q.titleKey);
    keys.add(q.hintKey);
    for (const s of q.steps) {
      keys.add(s.promptKey);
      for (const b of s.buttons) keys.add(b.labelKey);
    }
  }
  for (const src of SOURCES) {
    for (const m of src.matchAll(/"([a-z][a-zA-Z0-9-]*)"/g))
      if (PREFIX.test(m[1]!)) keys.add(m[1]!);
  }
  return keys;
}

const ALL_VARS = {
  max: 2000,
  length: 2001,
  no: 3,
  count: 21,
  amount: "21",
  year: "2025",
  min: "2022",
  lastYear: "2025",
  firstYear: "2022",
  current: "15 р.д.",
  target: "10 р.д.",
  items: "А; Б",
  from: "12",
  to: "5",
  name: "ИС",
  developer: "АО",
  total: 14,
};

describe("Fluent strings (locales/*.ftl)", () => {
  // Note: @grammyjs/i18n takes `useIsolating` inside `fluentBundleOptions` (a top-level
  // `useIsolating` is ignored). Missing messages throw instead of silently falling back to ru.
  const i18n = new I18n({
    defaultLocale: "ru",
    directory: LOCALES_DIR,
    fluentBundleOptions: { useIsolating: false },
    fluentOptions: {
      warningHandler: (w) => {
        throw new Error(`Fluent: missing "${w.path}" in ${w.locales.join(",")}`);
      },
    },
  });
  const keys = referencedKeys();

  it("the loader is strict (a missing key throws)", () => {
    expect(() => i18n.t("kk", "q-no-such-key")).toThrow(/missing/);
  });

  it("the section defines the same keys in kk and ru, each once, all prefixed", () => {
    const kk = sectionKeys("kk");
    const ru = sectionKeys("ru");
    expect(kk).toEqual(ru);
    expect(new Set(kk).size).toBe(kk.length);
    for (const k of kk) expect(k).toMatch(PREFIX);
    for (const locale of ["kk", "ru"] as const) {
      const all = fileKeys(locale);
      for (const k of kk)
        expect(
          all.filter((x) => x === k),
          `${locale}: ${k}`,
        ).toHaveLength(1);
    }
  });

  it("every key referenced by the domain code exists in both files", () => {
    expect(keys.size).toBeGreaterThan(60);
    const kk = new Set(sectionKeys("kk"));
    const ru = new Set(sectionKeys("ru"));
    for (const k of keys) {
      expect(kk.has(k), `kk.ftl: ${k}`).toBe(true);
      expect(ru.has(k), `ru.ftl: ${k}`).toBe(true);
    }
  });

  it.each(["kk", "ru"] as Locale[])(
    "every key renders in %s without leftover placeables",
    (locale) => {
      for (const k of sectionKeys(locale)) {
        const text = i18n.t(locale, k, ALL_VARS);
        expect(text, k).not.toMatch(/[{}]/);
        expect(text.trim(), k).not.toBe("");
      }
    },
  );

  it("renders real summaries and prompts", () => {
    const t =
      (locale: Locale): Translate =>
      (k, v) =>
        i18n.t(locale, k, v);
    const term: AnswerValue = {
      type: "term",
      current: { amount: 15, unit: "workDays" },
      target: { amount: 1, unit: "workDays" },
    };
    expect(summarizeAnswer(4, term, t("ru"), "ru")).toBe("15 рабочих дней → 1 рабочий день");
    expect(summarizeAnswer(4, term, t("kk"), "kk")).toBe("15 жұмыс күні → 1 жұмыс күні");
    expect(formatDuration({ amount: 3, unit: "hours" }, t("ru"), "ru")).toBe("3 часа");
    expect(formatDuration({ amount: 2000, unit: "minutes" }, t("ru"), "ru")).toBe(
      `${formatNumber(2000, "ru")} минут`,
    );
    expect(
      summarizeAnswer(
        4,
        { type: "term", current: { amount: 10, unit: "calendarDays" }, target: null },
        t("kk"),
        "kk",
      ),
    ).toBe("10 күнтізбелік күн; қысқарту мүмкін емес");
    expect(
      summarizeAnswer(1, { type: "demand", years: [{ year: 2025, count: 1234 }] }, t("ru"), "ru"),
    ).toBe(`2025 г.: 1${NBSP}234`);
    expect(
      summarizeAnswer(1, { type: "demand", years: [{ year: 2025, count: 1234 }] }, t("kk"), "kk"),
    ).toBe(`2025 ж.: ${formatNumber(1234, "kk")}`);
    expect(summarizeAnswer(9, { type: "choice", choice: "yes" }, t("kk"), "kk")).toBe("Иә");
    expect(
      summarizeAnswer(13, { type: "system", name: "ИС", developer: "НИТ" }, t("ru"), "ru"),
    ).toBe("Да: ИС (разработчик: НИТ)");
    expect(i18n.t("ru", PROGRESS_KEY, { no: 3, total: 14 })).toBe("Вопрос 3 из 14");
    expect(i18n.t("ru", "q-title-1")).toBe("Насколько востребована услуга (статистика)");
    expect(i18n.t("kk", "q-title-14")).toBe(
      "Ақпараттық жүйе басқа ақпараттық жүйелермен (болса, қандай жүйелермен) интеграцияланған ба?",
    );
    const v = stepView(startDraft(1), CTX);
    expect(i18n.t("ru", v.promptKey, v.vars)).toContain("«2025: 1 234»");
    const j = stepView(startJustificationDraft(2, { type: "choice", choice: "no" }), CTX);
    expect(i18n.t("ru", j.promptKey, j.vars)).toContain(`${formatNumber(2000, "ru")} символов`);
    expect(i18n.t("kk", "err-too-long", { max: 2000, length: 2001 })).toContain("таңба");
  });
});
