import { describe, expect, it } from "vitest";
import {
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
} from "../../../src/domain/answers/parse.js";
import {
  durationMinutes,
  JUSTIFICATION_MAX,
  LIST_ITEM_MAX,
  LIST_MAX_ITEMS,
  type ParseResult,
  SYSTEM_TEXT_MAX,
  termExceeds,
} from "../../../src/domain/answers/values.js";
import { TERM_UNITS, TermUnit } from "../../../src/domain/questions.js";

const LAST_YEAR = 2025;
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
    expect(errorKey(parseTermTarget("15 р.д.", current))).toBe("err-term-same");
    expect(errorKey(parseTermTarget("20", current))).toBe("err-term-exceeds");
    expect(errorKey(parseTermTarget("30 календарных дней", current))).toBe("err-term-exceeds");
    const hours = { amount: 3, unit: "hours" as const };
    expect(errorKey(parseTermTarget("2 дня", hours))).toBe("err-term-days-kind");
    expect(errorKey(parseTermTarget("200 минут", hours))).toBe("err-term-exceeds");
    // as long as the current term is not a reduction, also in other units (7/5 rule)
    expect(errorKey(parseTermTarget("15", current))).toBe("err-term-same");
    expect(errorKey(parseTermTarget("21 календарный день", current))).toBe("err-term-same");
    expect(errorKey(parseTermTarget("180 минут", hours))).toBe("err-term-same");
  });
});

// ---------------------------------------------------------------------------------------------

describe("parseList", () => {
  it("drops items that show nothing", () => {
    expect(errorKey(parseList("\u200B\n\u3164"))).toBe("err-empty");
    expect(value(parseList("\u200B\nСправка\n- \u3164"))).toEqual(["Справка"]);
  });
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
    expect(value(parseRange("3 0"))).toEqual({ from: 3, to: 0 });
  });
  it("rejects bad ranges", () => {
    expect(errorKey(parseRange("5 → 12"))).toBe("err-range-order");
    // the same number of fields is not a reduction: "no" is the answer for that
    expect(errorKey(parseRange("12 → 12"))).toBe("err-range-same");
    expect(errorKey(parseRange("12-ден 12-ге дейін"))).toBe("err-range-same");
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
    // invisible characters are not an answer: zero-width space, Hangul filler, word joiner, BOM
    for (const blank of ["\u200B", "\u3164", " \u2060\u200B ", "\uFEFF", "\u2800\u00A0"]) {
      expect(errorKey(parseJustification(blank)), JSON.stringify(blank)).toBe("err-empty");
    }
    expect(value(parseJustification("\u200BПортал\u3164"))).toBe("Портал");
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
