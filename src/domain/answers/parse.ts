/**
 * Parsers of what officials type: counts with thousands separators, the yearly demand (Q1),
 * terms with units in Russian and Kazakh (Q4), lists (Q5, Q10, Q14), ranges (Q11), system names
 * (Q13) and justifications. Each returns a value or a Fluent key saying what is expected.
 */
import type { TermUnit } from "../questions.js";
import {
  DEMAND_COUNT_MAX,
  DEMAND_MAX_YEARS,
  type Duration,
  fail,
  JUSTIFICATION_MAX,
  LIST_ITEM_MAX,
  LIST_MAX_ITEMS,
  ok,
  type ParseResult,
  RANGE_MAX,
  SYSTEM_TEXT_MAX,
  TERM_AMOUNT_MAX,
  termEquals,
  termExceeds,
} from "./values.js";

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Spaces usable as thousands separators: space, no-break space, narrow no-break space, thin space. */
const SPACE_CHARS = /[\u00A0\u202F\u2009\u2007]/g;
const MINUS_CHARS = /[\u2212\u2012\u2013\u2014]/g;

/**
 * Characters that show nothing: Unicode white space, format characters (U+200B, U+2060, U+FEFF…)
 * and the blank-looking letters people paste to fake an answer (Hangul fillers, braille blank).
 */
const INVISIBLE = "[\\p{White_Space}\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800]";
const INVISIBLE_EDGES = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, "gu");

/** `text` without invisible characters at either end (inside, they are kept: e.g. emoji joiners). */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, "");
}

function normalizeSpaces(text: string): string {
  return trimInvisible(text.replace(SPACE_CHARS, " ").replace(/[ \t]+/g, " "));
}

/**
 * A non-negative integer, optionally with thousands separators (space, U+00A0, U+202F):
 * "1234", "1 234", "1 234 567". Errors: err-number-negative, err-number-integer (decimals),
 * err-number-too-large, err-number (anything else).
 */
export function parseCount(text: string, max: number = DEMAND_COUNT_MAX): ParseResult<number> {
  const s = normalizeSpaces(text).replace(MINUS_CHARS, "-");
  if (s === "") return fail("err-empty");
  if (/^-\s*\d/.test(s)) return fail("err-number-negative");
  if (/^\+?\s*\d[\d ]*[.,]\d+$/.test(s) && !/^\d{1,3}([.,]\d{3})+$/.test(s)) {
    return fail("err-number-integer");
  }
  if (!/^(\d+|\d{1,3}( \d{3})+)$/.test(s)) return fail("err-number");
  const n = Number(s.replace(/ /g, ""));
  if (!Number.isSafeInteger(n) || n > max) return fail("err-number-too-large", { max });
  return ok(n);
}

// ---------------------------------------------------------------------------------------------
// Q1 demand

export interface DemandYear {
  year: number;
  count: number;
}

const YEAR_LINE =
  /^(\d{4})\s*(?:г(?:од[а-я]*)?\.?|ж(?:ыл[а-яәіңғүұқөһi]*)?\.?)?\s*(?:[:=–—-]|->|→)?\s*(.*)$/iu;

/**
 * Services rendered per year. One line (or `;`-separated part) per year: "2025: 1 234",
 * "2025 — 1234", "2025 г. - 1234", "2025 ж.: 1234"; or a single number meaning `lastYear`.
 * Years must lie within lastYear-3..lastYear and be unique. Result is sorted by year.
 */
export function parseDemand(text: string, lastYear: number): ParseResult<DemandYear[]> {
  const lines = text
    .split(/[\n;]+/)
    .map(normalizeSpaces)
    .filter((l) => l !== "");
  const formatVars = { lastYear: String(lastYear) };
  if (lines.length === 0) return fail("err-empty");

  if (lines.length === 1) {
    const single = parseCount(lines[0]!);
    if (single.ok) return ok([{ year: lastYear, count: single.value }]);
    if (single.error.key !== "err-number") return single;
  }

  const minYear = lastYear - (DEMAND_MAX_YEARS - 1);
  const years: DemandYear[] = [];
  for (const line of lines) {
    // "2025 -5": a minus glued to the number is a sign, not a separator
    if (/^\d{4}\s+[-\u2212]\d/.test(line)) return fail("err-number-negative");
    const m = YEAR_LINE.exec(line);
    if (!m?.[2]) return fail("err-demand-format", formatVars);
    const year = Number(m[1]);
    if (year < minYear || year > lastYear) {
      return fail("err-demand-year", {
        year: String(year),
        min: String(minYear),
        max: String(lastYear),
      });
    }
    if (years.some((y) => y.year === year))
      return fail("err-demand-duplicate", { year: String(year) });
    const count = parseCount(m[2]);
    if (!count.ok) {
      return count.error.key === "err-number" ? fail("err-demand-format", formatVars) : count;
    }
    years.push({ year, count: count.value });
  }
  years.sort((a, b) => a.year - b.year);
  return ok(years);
}

// ---------------------------------------------------------------------------------------------
// Q4 term

const UNIT_PATTERNS: readonly (readonly [TermUnit, RegExp])[] = [
  ["workDays", /^(?:р|раб[а-я]*)(?:д|дн[а-я]*|день)$|^(?:ж|жұмыс)(?:к|күн[іi]?|күндер[іi]?)$/u],
  [
    "calendarDays",
    /^(?:к|кал[а-я]*)(?:д|дн[а-я]*|день)$|^сут[а-я]*$|^(?:күнтізбелік|кт)(?:к|күн[іi]?|күндер[іi]?)?$/u,
  ],
  ["hours", /^(?:ч|час[а-я]*|сағ|сағат[а-яәіңғүұқөһi]*)$/u],
  ["minutes", /^(?:м|мин[а-яәіңғүұқөһi]*)$/u],
];
/** "days" without saying working or calendar. */
const AMBIGUOUS_DAYS = /^(?:д|дн[а-я]*|день|күн[іi]?|күндер[іi]?)$/u;

/**
 * A term unit from text: "рабочих дней", "р.д.", "жұмыс күні", "календарных дней", "к.д.",
 * "күнтізбелік күн", "часа", "сағат", "минут", "мин." (case-insensitive). Null if unknown or
 * ambiguous ("дней", "күн").
 */
export function parseTermUnit(text: string): TermUnit | null {
  const compact = text.toLowerCase().replace(/[^\p{L}]/gu, "");
  for (const [unit, re] of UNIT_PATTERNS) if (re.test(compact)) return unit;
  return null;
}

/** A positive integer term amount ("15", "1 000"), for the structured path (unit via buttons). */
export function parseTermNumber(text: string): ParseResult<number> {
  const r = parseCount(text, TERM_AMOUNT_MAX);
  if (!r.ok) return r;
  if (r.value < 1) return fail("err-number-positive");
  return ok(r.value);
}

/** A parsed term; `unit` is null when only a number (or just "days") was given. */
export interface TermInput {
  amount: number;
  unit: TermUnit | null;
  /** True when the text said "days" without working/calendar. */
  daysAmbiguous: boolean;
}

/** "15 рабочих дней", "15 р.д.", "15 жұмыс күні", "3 сағат", "30 минут", "10 к.д.", or "15". */
export function parseTerm(text: string): ParseResult<TermInput> {
  const s = normalizeSpaces(text).replace(MINUS_CHARS, "-");
  if (s === "") return fail("err-empty");
  const m = /^([+-]?\s*\d[\d .,]*?)\s*(\p{L}[\p{L}\s./\\-]*)?$/u.exec(s);
  if (!m) return fail("err-term-format");
  const amount = parseTermNumber(m[1]!);
  if (!amount.ok) return amount.error.key === "err-number" ? fail("err-term-format") : amount;
  const unitText = m[2];
  if (!unitText) return ok({ amount: amount.value, unit: null, daysAmbiguous: false });
  const unit = parseTermUnit(unitText);
  if (unit) return ok({ amount: amount.value, unit, daysAmbiguous: false });
  const compact = unitText.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (AMBIGUOUS_DAYS.test(compact))
    return ok({ amount: amount.value, unit: null, daysAmbiguous: true });
  return fail("err-term-format");
}

/**
 * The term the service can be shortened to. A bare number takes the unit of `current`; bare
 * "days" takes it too when `current` is in days, otherwise err-term-days-kind.
 */
export function parseTermTarget(text: string, current: Duration): ParseResult<Duration> {
  const r = parseTerm(text);
  if (!r.ok) return r;
  let unit = r.value.unit;
  if (!unit) {
    const currentInDays = current.unit === "workDays" || current.unit === "calendarDays";
    if (r.value.daysAmbiguous && !currentInDays) return fail("err-term-days-kind");
    unit = current.unit;
  }
  const target: Duration = { amount: r.value.amount, unit };
  if (termExceeds(target, current)) return fail("err-term-exceeds");
  if (termEquals(target, current)) return fail("err-term-same");
  return ok(target);
}

// ---------------------------------------------------------------------------------------------
// Lists (Q5, Q10, Q14)

const BULLET = /^(?:[-–—•*·▪●]|\d{1,3}[.)])\s*/u;

/**
 * Items one per line (leading "-", "•", "1.", "1)" are removed); a single line may also be
 * split by ";". 1..`maxItems` (default 50) items, each 1..500 characters. The step machine calls
 * it once per message and appends the items, with `maxItems` = what is left of the 50.
 */
export function parseList(text: string, maxItems: number = LIST_MAX_ITEMS): ParseResult<string[]> {
  let lines = text.replace(/\r\n?/g, "\n").split("\n");
  const nonEmpty = lines.filter((l) => trimInvisible(l) !== "");
  if (nonEmpty.length === 1 && nonEmpty[0]!.includes(";")) lines = nonEmpty[0]!.split(";");
  const items = lines
    .map((l) => trimInvisible(normalizeSpaces(l).replace(BULLET, "")))
    .filter((l) => l !== "");
  if (items.length === 0) return fail("err-empty");
  if (items.length > maxItems) return fail("err-list-too-many", { max: maxItems });
  const longIdx = items.findIndex((i) => i.length > LIST_ITEM_MAX);
  if (longIdx >= 0) return fail("err-list-item-too-long", { no: longIdx + 1, max: LIST_ITEM_MAX });
  return ok(items);
}

// ---------------------------------------------------------------------------------------------
// Q11 range

/** Words allowed around the two numbers: "с 12 до 5", "от 12 до 5", "12-ден 5-ке дейін", ... */
const RANGE_WORDS = new Set([
  "с",
  "со",
  "в",
  "from",
  "to",
  "от",
  "из",
  "до",
  "на",
  "ден",
  "дан",
  "тен",
  "тан",
  "нен",
  "нан",
  "ке",
  "ге",
  "қа",
  "ға",
  "ка",
  "га",
  "дейін",
  "шейін",
  "поле",
  "поля",
  "полей",
  "жол",
  "жолдан",
  "жолға",
]);

/** "12 → 5", "12->5", "12-5", "с 12 до 5", "12-ден 5-ке", "12 5": from 12 to 5 (to ≤ from). */
export function parseRange(text: string): ParseResult<{ from: number; to: number }> {
  const s = normalizeSpaces(text).toLowerCase().replace(MINUS_CHARS, "-");
  if (s === "") return fail("err-empty");
  if (/^-\s*\d/.test(s) || /(?:^|\s)(?:с|от|до)\s*-\s*\d/u.test(s)) {
    return fail("err-number-negative");
  }
  if (/\d[.,]\d/.test(s)) return fail("err-number-integer");
  const numbers = s.match(/\d+/g) ?? [];
  const words = s
    .replace(/\d+/g, " ")
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
  if (numbers.length !== 2 || words.some((w) => !RANGE_WORDS.has(w))) {
    return fail("err-range-format");
  }
  const from = Number(numbers[0]);
  const to = Number(numbers[1]);
  if (from > RANGE_MAX || to > RANGE_MAX) return fail("err-number-too-large", { max: RANGE_MAX });
  if (to > from) return fail("err-range-order");
  if (to === from) return fail("err-range-same");
  return ok({ from, to });
}

// ---------------------------------------------------------------------------------------------
// Free text

function parseText(text: string, max: number): ParseResult<string> {
  const s = trimInvisible(text.replace(/\r\n?/g, "\n"));
  if (s === "") return fail("err-empty");
  if (s.length > max) return fail("err-too-long", { max, length: s.length });
  return ok(s);
}

/** Information system name or developer (Q13): 1..300 characters after trim. */
export function parseSystemText(text: string): ParseResult<string> {
  return parseText(normalizeSpaces(text.replace(/\s*\n\s*/g, " ")), SYSTEM_TEXT_MAX);
}

/** The justification of any answer: required, 1..2000 characters after trim. */
export function parseJustification(text: string): ParseResult<string> {
  return parseText(text, JUSTIFICATION_MAX);
}
