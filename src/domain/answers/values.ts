/**
 * Answer values of the 14 questionnaire parameters: limits, the zod schemas of what is stored
 * (JSON, in the answers table's jsonb column), per-question validation, and the term rule of Q4.
 * Pure: no I/O. Every error is a Fluent key (+ vars) explaining what is expected.
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
 *                 "na" is stored automatically when Q13 is "no" (see `isApplicable` and
 *                 `skippedAnswer` in ../questionnaire.ts)
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
import {
  CHOICES,
  type Choice,
  getQuestion,
  QUESTION_COUNT,
  type Question,
  TERM_UNITS,
  type TermUnit,
} from "../questions.js";

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

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T = never>(key: string, vars?: TranslationVars): ParseResult<T> =>
  vars ? { ok: false, error: { key, vars } } : { ok: false, error: { key } };

// ---------------------------------------------------------------------------------------------
// Schemas

const ChoiceSchema = z.enum(CHOICES);
const TermUnitSchema = z.enum(TERM_UNITS as [TermUnit, ...TermUnit[]]);

export const DurationSchema = z.object({
  amount: z.number().int().min(1).max(TERM_AMOUNT_MAX),
  unit: TermUnitSchema,
});
export type Duration = z.infer<typeof DurationSchema>;

const ItemSchema = z.string().trim().min(1).max(LIST_ITEM_MAX);
const SystemTextSchema = z.string().trim().min(1).max(SYSTEM_TEXT_MAX);

const ChoiceValueSchema = z.object({ type: z.literal("choice"), choice: ChoiceSchema });
const DemandValueSchema = z.object({
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
const SystemValueSchema = z.object({
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
type ChoiceValue = z.infer<typeof ChoiceValueSchema>;

/** The value stored for a question that is not applicable (Q14 when Q13 is "no"). */
export const NOT_APPLICABLE: ChoiceValue = Object.freeze({ type: "choice", choice: "na" });

/** Choices stored as a bare `{type:"choice"}` value for question `q` (i.e. without details). */
function plainChoices(q: Question): Choice[] {
  const base = q.kind === "choice" ? [...q.choices] : q.choices.filter((c) => c !== "yes");
  if (q.skipWhen && !base.includes("na")) base.push("na");
  return base;
}

const schemaCache = new Map<number, z.ZodType<AnswerValue>>();

/** The zod schema of the values allowed for question `no` (1..14). */
function answerSchema(no: number): z.ZodType<AnswerValue> {
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
    case "yesTerm":
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
// Q4: the term rule (see the header)

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

/** True when `target` is as long as `current`: not a reduction (15 working days = 21 calendar days). */
export function termEquals(target: Duration, current: Duration): boolean {
  if (target.unit === current.unit) return target.amount === current.amount;
  return durationMinutes(target) === durationMinutes(current);
}

/** True when `target` is strictly longer than `current` (see the rule in the file header). */
export function termExceeds(target: Duration, current: Duration): boolean {
  if (target.unit === current.unit) return target.amount > current.amount;
  return durationMinutes(target) > durationMinutes(current);
}
