/**
 * Answers to the 14 questionnaire parameters: value types (zod, JSON-serialisable, stored in a
 * jsonb column), parsers of user text, the generic step machine the bot walks through (see the
 * header of questions.ts), and plain-text summaries for the review screen and the admin table.
 *
 * Pure: no I/O, no grammY. Every parse error is a Fluent key (+ vars) explaining what is expected.
 *
 * Stored value per question (`AnswerValue`, discriminated by `type`):
 * - Q1            {type:"demand", years:[{year, count}]}       1..4 years, ascending, unique
 * - Q2, Q3, Q7    {type:"choice", choice:"yes"|"no"|"partly"}
 * - Q4            {type:"term", current:{amount, unit}, target:{amount, unit} | null}
 *                 (target null = "cannot be shortened")
 * - Q5            {type:"list", items:[...]} | {type:"none"}
 * - Q6            {type:"choice", choice:"yes"|"no"|"na"}
 * - Q8, Q9, Q12   {type:"choice", choice:"yes"|"no"}
 * - Q10           {type:"list", items:[...]} (= yes, these services) | {type:"choice", choice:"no"}
 * - Q11           {type:"range", from, to} (= yes) | {type:"choice", choice:"no"|"na"}
 * - Q13           {type:"system", name, developer} (= yes) | {type:"choice", choice:"no"}
 * - Q14           {type:"list", items} (= yes) | {type:"choice", choice:"no"|"na"};
 *                 "na" is stored automatically when Q13 is "no" (see `isApplicable`, `skippedAnswer`)
 *
 * Term comparison rule (Q4, "the new term must not exceed the current one"): both terms are
 * converted to minutes with 1 hour = 60 min, 1 calendar day = 24 h, and 1 working day = 7/5
 * calendar day (a working week of 5 days spans 7 calendar days on average). A target is rejected
 * only if it is strictly longer than the current term under this conversion; equal terms are
 * accepted. So "5 working days → 7 calendar days" is accepted, "5 working days → 8 calendar days",
 * "2 hours → 150 minutes" and "10 calendar days → 8 working days" (11.2 days) are rejected, and
 * "1 working day → 24 hours" is accepted. Hours are treated as elapsed hours, not working hours.
 */
import { z } from "zod";
import { formatDuration, formatNumber } from "../i18n/format.js";
import {
  BUTTON_IDS,
  type ButtonId,
  type ButtonSpec,
  CHOICE_LABEL_KEYS,
  CHOICES,
  type Choice,
  getQuestion,
  getStep,
  type Outcome,
  QUESTION_COUNT,
  type Question,
  STEP_IDS,
  type StepId,
  type StepSpec,
  TERM_UNITS,
  type TermUnit,
} from "./questions.js";

// ---------------------------------------------------------------------------------------------
// Limits

export const JUSTIFICATION_MAX = 2000;
export const LIST_MAX_ITEMS = 50;
export const LIST_ITEM_MAX = 500;
export const SYSTEM_TEXT_MAX = 300;
/** Q1: at most this many years (lastYear-3 .. lastYear). */
export const DEMAND_MAX_YEARS = 4;
/** Q1: upper bound of a yearly count (sanity limit). */
export const DEMAND_COUNT_MAX = 1_000_000_000;
/** Q4: upper bound of a term amount in any unit. */
export const TERM_AMOUNT_MAX = 100_000;
/** Q11: upper bound of a number of fields. */
export const RANGE_MAX = 10_000;

// ---------------------------------------------------------------------------------------------
// Result type

export type TranslationVars = Record<string, string | number>;
export interface ParseError {
  /** Fluent key explaining the problem / the expected format. */
  key: string;
  vars?: TranslationVars;
}
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = <T = never>(key: string, vars?: TranslationVars): ParseResult<T> =>
  vars ? { ok: false, error: { key, vars } } : { ok: false, error: { key } };

/** Translation function as provided by @grammyjs/i18n (`ctx.t` or `(k, v) => i18n.t(locale, k, v)`). */
export type Translate = (key: string, vars?: TranslationVars) => string;
export type Locale = "kk" | "ru";

// ---------------------------------------------------------------------------------------------
// Schemas

export const ChoiceSchema = z.enum(CHOICES);
export const TermUnitSchema = z.enum(TERM_UNITS as [TermUnit, ...TermUnit[]]);

export const DurationSchema = z.object({
  amount: z.number().int().min(1).max(TERM_AMOUNT_MAX),
  unit: TermUnitSchema,
});
export type Duration = z.infer<typeof DurationSchema>;

const ItemSchema = z.string().trim().min(1).max(LIST_ITEM_MAX);
const SystemTextSchema = z.string().trim().min(1).max(SYSTEM_TEXT_MAX);

export const ChoiceValueSchema = z.object({ type: z.literal("choice"), choice: ChoiceSchema });
export const DemandValueSchema = z.object({
  type: z.literal("demand"),
  years: z
    .array(
      z.object({
        year: z.number().int().min(1990).max(2200),
        count: z.number().int().min(0).max(DEMAND_COUNT_MAX),
      }),
    )
    .min(1)
    .max(DEMAND_MAX_YEARS)
    .refine((ys) => new Set(ys.map((y) => y.year)).size === ys.length, "years must be unique"),
});
export const TermValueSchema = z
  .object({ type: z.literal("term"), current: DurationSchema, target: DurationSchema.nullable() })
  .refine((v) => v.target === null || !termExceeds(v.target, v.current), {
    message: "target exceeds current term",
    path: ["target"],
  });
export const ListValueSchema = z.object({
  type: z.literal("list"),
  items: z.array(ItemSchema).min(1).max(LIST_MAX_ITEMS),
});
export const NoneValueSchema = z.object({ type: z.literal("none") });
export const RangeValueSchema = z
  .object({
    type: z.literal("range"),
    from: z.number().int().min(0).max(RANGE_MAX),
    to: z.number().int().min(0).max(RANGE_MAX),
  })
  .refine((v) => v.to <= v.from, { message: "to must not exceed from", path: ["to"] });
export const SystemValueSchema = z.object({
  type: z.literal("system"),
  name: SystemTextSchema,
  developer: SystemTextSchema,
});

/** Any answer value (the jsonb column). Per-question rules: `answerSchema(no)`. */
export const AnswerValueSchema = z.discriminatedUnion("type", [
  ChoiceValueSchema,
  DemandValueSchema,
  TermValueSchema,
  ListValueSchema,
  NoneValueSchema,
  RangeValueSchema,
  SystemValueSchema,
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type ChoiceValue = z.infer<typeof ChoiceValueSchema>;
export type DemandValue = z.infer<typeof DemandValueSchema>;
export type TermValue = z.infer<typeof TermValueSchema>;
export type ListValue = z.infer<typeof ListValueSchema>;
export type RangeValue = z.infer<typeof RangeValueSchema>;
export type SystemValue = z.infer<typeof SystemValueSchema>;

export const JustificationSchema = z.string().trim().min(1).max(JUSTIFICATION_MAX);

/** The value stored for a question that is not applicable (Q14 when Q13 is "no"). */
export const NOT_APPLICABLE: ChoiceValue = Object.freeze({ type: "choice", choice: "na" });

/** Choices stored as a bare `{type:"choice"}` value for question `q` (i.e. without details). */
export function plainChoices(q: Question): Choice[] {
  const base = q.kind === "choice" ? [...q.choices] : q.choices.filter((c) => c !== "yes");
  if (q.skipWhen && !base.includes("na")) base.push("na");
  return base;
}

const schemaCache = new Map<number, z.ZodType<AnswerValue>>();

/** The zod schema of the values allowed for question `no` (1..14). */
export function answerSchema(no: number): z.ZodType<AnswerValue> {
  const cached = schemaCache.get(no);
  if (cached) return cached;
  const q = getQuestion(no);
  const choices = plainChoices(q);
  const options: z.ZodType<AnswerValue>[] = [];
  if (choices.length > 0) {
    options.push(z.object({ type: z.literal("choice"), choice: z.enum(choices) }));
  }
  switch (q.kind) {
    case "demand":
      options.push(DemandValueSchema);
      break;
    case "term":
      options.push(TermValueSchema);
      break;
    case "list":
      options.push(ListValueSchema, NoneValueSchema);
      break;
    case "yesList":
      options.push(ListValueSchema);
      break;
    case "range":
      options.push(RangeValueSchema);
      break;
    case "system":
      options.push(SystemValueSchema);
      break;
    case "choice":
      break;
  }
  const [first, ...rest] = options;
  if (!first) throw new Error(`Question ${no} accepts no values`);
  const schema: z.ZodType<AnswerValue> = rest.length === 0 ? first : z.union([first, ...rest]);
  schemaCache.set(no, schema);
  return schema;
}

/** Validates (and normalises: trims strings) a value for question `no`, e.g. loaded from the DB. */
export function validateAnswer(no: number, value: unknown): ParseResult<AnswerValue> {
  if (!Number.isInteger(no) || no < 1 || no > QUESTION_COUNT) return fail("err-invalid-answer");
  const r = answerSchema(no).safeParse(value);
  return r.success ? ok(r.data) : fail("err-invalid-answer");
}

// ---------------------------------------------------------------------------------------------
// Applicability

/** Answers given so far, by question number. */
export type AnswersSoFar = Readonly<Partial<Record<number, AnswerValue | null | undefined>>>;

/** False when the question must be skipped (Q14 when Q13 was answered "no"). */
export function isApplicable(no: number, answers: AnswersSoFar): boolean {
  const skip = getQuestion(no).skipWhen;
  if (!skip) return true;
  const dep = answers[skip.no];
  return !(dep?.type === "choice" && dep.choice === skip.choice);
}

/** What to store for a skipped question: the value and the Fluent key of its justification. */
export function skippedAnswer(no: number): { value: AnswerValue; justificationKey: string } {
  getQuestion(no);
  return { value: { ...NOT_APPLICABLE }, justificationKey: "sum-na-auto" };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Spaces usable as thousands separators: space, no-break space, narrow no-break space, thin space. */
const SPACE_CHARS = /[\u00A0\u202F\u2009\u2007]/g;
const MINUS_CHARS = /[\u2212\u2012\u2013\u2014]/g;

function normalizeSpaces(text: string): string {
  return text
    .replace(SPACE_CHARS, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
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

const MINUTES_PER_UNIT: Readonly<Record<TermUnit, number>> = {
  minutes: 1,
  hours: 60,
  calendarDays: 24 * 60,
  workDays: (24 * 60 * 7) / 5,
};

/** The term in minutes under the documented rule (1 working day = 7/5 calendar day). */
export function durationMinutes(d: Duration): number {
  return d.amount * MINUTES_PER_UNIT[d.unit];
}

/** True when `target` is strictly longer than `current` (see the rule in the file header). */
export function termExceeds(target: Duration, current: Duration): boolean {
  if (target.unit === current.unit) return target.amount > current.amount;
  return durationMinutes(target) > durationMinutes(current);
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
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  if (nonEmpty.length === 1 && nonEmpty[0]!.includes(";")) lines = nonEmpty[0]!.split(";");
  const items = lines
    .map((l) => normalizeSpaces(l).replace(BULLET, "").trim())
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
  return ok({ from, to });
}

// ---------------------------------------------------------------------------------------------
// Free text

function parseText(text: string, max: number): ParseResult<string> {
  const s = text.replace(/\r\n?/g, "\n").trim();
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

// ---------------------------------------------------------------------------------------------
// The step machine (see questions.ts)

export const StepStateSchema = z.union([z.enum(STEP_IDS), z.literal("done")]);

/** An answer in progress. JSON-serialisable: keep it in the session / conversation state. */
export const DraftSchema = z.object({
  no: z.number().int().min(1).max(QUESTION_COUNT),
  step: StepStateSchema,
  /** Q4: amount typed without a unit, waiting for the unit button. */
  amount: z.number().int().optional(),
  /** Q4: the current term once known. */
  current: DurationSchema.optional(),
  /** Q5, Q10, Q14: items added so far. */
  items: z.array(z.string()).optional(),
  /** Q13: system name, waiting for the developer. */
  name: z.string().optional(),
  /** The answer value, set once the justification step is reached. */
  value: AnswerValueSchema.optional(),
  /** Set when step === "done". */
  justification: z.string().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;
/** A finished draft. */
export type CompletedDraft = Draft & { step: "done"; value: AnswerValue; justification: string };

export type DraftInput = { type: "button"; id: string } | { type: "text"; text: string };

export interface AnswerContext {
  /** The last full year (for Q1), e.g. 2025 when filling in during 2026. */
  lastYear: number;
}

export interface StepView {
  no: number;
  step: StepId;
  promptKey: string;
  vars: TranslationVars;
  buttons: { id: ButtonId; labelKey: string }[];
  acceptsText: boolean;
}

/** Start answering question `no`. */
export function startDraft(no: number): Draft {
  const q = getQuestion(no);
  return { no, step: q.steps[0]!.id };
}

/** Start at the justification step with an already known value (e.g. to edit the justification). */
export function startJustificationDraft(no: number, value: AnswerValue): Draft {
  getQuestion(no);
  return { no, step: "justification", value };
}

export function isDone(draft: Draft): draft is CompletedDraft {
  return draft.step === "done" && draft.value !== undefined && draft.justification !== undefined;
}

/** What to show for the current step. Throws if the draft is done. */
export function stepView(draft: Draft, ctx: AnswerContext): StepView {
  if (draft.step === "done") throw new Error(`Question ${draft.no} is already answered`);
  const spec = getStep(draft.no, draft.step);
  let vars: TranslationVars = {};
  switch (draft.step) {
    case "demand":
      vars = {
        lastYear: String(ctx.lastYear),
        firstYear: String(ctx.lastYear - (DEMAND_MAX_YEARS - 1)),
      };
      break;
    case "termCurrentUnit":
      vars = { amount: draft.amount ?? 0 };
      break;
    case "justification":
      vars = { max: JUSTIFICATION_MAX };
      break;
    case "list":
      vars = { max: LIST_MAX_ITEMS, count: draft.items?.length ?? 0 };
      break;
    default:
      break;
  }
  const adding = draft.step === "list" && (draft.items?.length ?? 0) > 0;
  return {
    no: draft.no,
    step: draft.step,
    promptKey: adding ? "ask-list-more" : spec.promptKey,
    vars,
    buttons: visibleButtons(draft, spec).map((b) => ({ id: b.id, labelKey: b.labelKey })),
    acceptsText: spec.acceptsText,
  };
}

/** List steps: "done" only once an item was added, "none" only while the list is empty. */
function visibleButtons(draft: Draft, spec: StepSpec): readonly ButtonSpec[] {
  if (spec.id !== "list") return spec.buttons;
  const hasItems = (draft.items?.length ?? 0) > 0;
  return spec.buttons.filter((b) =>
    b.id === "done" ? hasItems : b.id === "none" ? !hasItems : true,
  );
}

type StepOutcome = { outcome: Outcome; patch: Partial<Draft>; value?: AnswerValue };

function handleButton(draft: Draft, id: ButtonId): ParseResult<StepOutcome> {
  switch (draft.step) {
    case "choice": {
      const choice = id as Choice;
      return ok({ outcome: id, patch: {}, value: { type: "choice", choice } });
    }
    case "termCurrentUnit": {
      if (draft.amount === undefined) return fail("err-term-format");
      const current: Duration = { amount: draft.amount, unit: id as TermUnit };
      return ok({ outcome: id, patch: { current, amount: undefined } });
    }
    case "termTarget": {
      if (!draft.current) return fail("err-term-format");
      return ok({
        outcome: id,
        patch: {},
        value: { type: "term", current: draft.current, target: null },
      });
    }
    case "list": {
      if (id === "none") return ok({ outcome: id, patch: {}, value: { type: "none" } });
      const items = draft.items ?? [];
      if (items.length === 0) return fail("err-list-empty");
      return ok({ outcome: id, patch: {}, value: { type: "list", items } });
    }
    default:
      return fail("err-use-buttons");
  }
}

function handleText(draft: Draft, text: string, ctx: AnswerContext): ParseResult<StepOutcome> {
  const wrap = <T>(r: ParseResult<T>, f: (v: T) => StepOutcome): ParseResult<StepOutcome> =>
    r.ok ? ok(f(r.value)) : r;
  switch (draft.step) {
    case "demand":
      return wrap(parseDemand(text, ctx.lastYear), (years) => ({
        outcome: "text",
        patch: {},
        value: { type: "demand", years },
      }));
    case "termCurrent":
      return wrap(parseTerm(text), (t) =>
        t.unit
          ? { outcome: "text", patch: { current: { amount: t.amount, unit: t.unit } } }
          : { outcome: "number", patch: { amount: t.amount } },
      );
    case "termCurrentUnit": {
      const unit = parseTermUnit(text);
      if (!unit || draft.amount === undefined) return fail("err-term-unit");
      return ok({
        outcome: "text",
        patch: { current: { amount: draft.amount, unit }, amount: undefined },
      });
    }
    case "termTarget": {
      const current = draft.current;
      if (!current) return fail("err-term-format");
      return wrap(parseTermTarget(text, current), (target) => ({
        outcome: "text",
        patch: {},
        value: { type: "term", current, target },
      }));
    }
    case "list": {
      const before = draft.items ?? [];
      const parsed = parseList(text, LIST_MAX_ITEMS - before.length);
      if (!parsed.ok) {
        const e = parsed.error;
        if (e.key === "err-list-too-many") return fail(e.key, { max: LIST_MAX_ITEMS });
        if (e.key === "err-list-item-too-long") {
          return fail(e.key, { ...e.vars, no: Number(e.vars?.no ?? 1) + before.length });
        }
        return parsed;
      }
      return ok({ outcome: "text", patch: { items: [...before, ...parsed.value] } });
    }
    case "range":
      return wrap(parseRange(text), (r) => ({
        outcome: "text",
        patch: {},
        value: { type: "range", from: r.from, to: r.to },
      }));
    case "systemName":
      return wrap(parseSystemText(text), (name) => ({ outcome: "text", patch: { name } }));
    case "systemDeveloper": {
      const name = draft.name;
      if (name === undefined) return fail("err-empty");
      return wrap(parseSystemText(text), (developer) => ({
        outcome: "text",
        patch: {},
        value: { type: "system", name, developer },
      }));
    }
    case "justification":
      return wrap(parseJustification(text), (justification) => ({
        outcome: "text",
        patch: { justification },
      }));
    default:
      return fail("err-use-buttons");
  }
}

/**
 * Feed a button press or a text message to the current step. On success returns the next draft
 * (never mutates the input); on failure the draft stays where it was and the error explains why.
 */
export function applyInput(
  draft: Draft,
  input: DraftInput,
  ctx: AnswerContext,
): ParseResult<Draft> {
  if (draft.step === "done") return fail("err-invalid-answer");
  const spec = getStep(draft.no, draft.step);
  let result: ParseResult<StepOutcome>;
  if (input.type === "button") {
    const id = input.id as ButtonId;
    if (!BUTTON_IDS.includes(id) || !visibleButtons(draft, spec).some((b) => b.id === id)) {
      return fail("err-use-buttons");
    }
    result = handleButton(draft, id);
  } else {
    if (!spec.acceptsText) return fail("err-use-buttons");
    result = handleText(draft, input.text, ctx);
  }
  if (!result.ok) return result;
  const { outcome, patch, value } = result.value;
  const next = spec.next[outcome];
  if (!next) return fail("err-use-buttons");

  const merged: Draft = { ...draft, ...patch, step: next };
  for (const k of Object.keys(merged) as (keyof Draft)[]) {
    if (merged[k] === undefined) delete merged[k];
  }
  if (next === "justification") {
    if (!value) throw new Error(`Question ${draft.no}: step ${draft.step} produced no value`);
    const checked = validateAnswer(draft.no, value);
    if (!checked.ok) return checked;
    return ok({ no: draft.no, step: "justification", value: checked.value });
  }
  return ok(merged);
}

// ---------------------------------------------------------------------------------------------
// Summaries

/**
 * Plain text (not HTML-escaped) summary of an answer value, for the review screen and the admin
 * table. Lines are separated by "\n" (only Q1 may have several lines). Null/undefined → "not filled in".
 */
export function summarizeAnswer(
  no: number,
  value: AnswerValue | null | undefined,
  t: Translate,
  locale: Locale,
): string {
  getQuestion(no);
  if (!value) return t("sum-unanswered");
  switch (value.type) {
    case "choice":
      return t(CHOICE_LABEL_KEYS[value.choice]);
    case "demand":
      return value.years
        .map((y) =>
          t("sum-demand-year", { year: String(y.year), count: formatNumber(y.count, locale) }),
        )
        .join("\n");
    case "term": {
      const current = formatDuration(value.current, t, locale);
      if (value.target === null) return t("sum-term-fixed", { current });
      return t("sum-term", { current, target: formatDuration(value.target, t, locale) });
    }
    case "none":
      return t("choice-none");
    case "list": {
      const items = value.items.join("; ");
      return getQuestion(no).kind === "yesList" ? t("sum-yes-list", { items }) : items;
    }
    case "range":
      return t("sum-range", {
        from: formatNumber(value.from, locale),
        to: formatNumber(value.to, locale),
      });
    case "system":
      return t("sum-system", { name: value.name, developer: value.developer });
  }
}
