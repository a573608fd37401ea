/**
 * The generic step machine the bot walks for every question (see the header of questions.ts):
 * a JSON-serialisable draft, what to show for its current step, and how a button or a text
 * moves it on. No per-question code: the steps are data in questions.ts, and for Appendix 1
 * (a draft with `form: "a1"`) in process.ts, whose items end with their value (no justification).
 */

import { z } from "zod";
import { getProcessItem, processError, validateProcessValue } from "../process.js";
import {
  BUTTON_IDS,
  type ButtonId,
  type ButtonSpec,
  type Choice,
  getQuestion,
  type Outcome,
  type Question,
  STEP_IDS,
  type StepId,
  type StepSpec,
  type TermUnit,
} from "../questions.js";
import type { Cursor } from "../vocabulary.js";
import {
  parseDemand,
  parseJustification,
  parseList,
  parseRange,
  parseSystemText,
  parseTerm,
  parseTermTarget,
  parseTermUnit,
} from "./parse.js";
import {
  type AnswerValue,
  AnswerValueSchema,
  DEMAND_MAX_YEARS,
  type Duration,
  DurationSchema,
  fail,
  JUSTIFICATION_MAX,
  LIST_MAX_ITEMS,
  ok,
  type ParseResult,
  type TranslationVars,
  validateAnswer,
} from "./values.js";

// ---------------------------------------------------------------------------------------------
// The step machine (see questions.ts)

const StepStateSchema = z.union([z.enum(STEP_IDS), z.literal("done")]);

/** An answer in progress. JSON-serialisable: keep it in the session / conversation state. */
export const DraftSchema = z.object({
  no: z.number().int().min(1).max(99),
  /** "a1": an item of Appendix 1 (process.ts); absent: a question of the questionnaire */
  form: z.literal("a1").optional(),
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
export type Form = "a1" | undefined;

/** The question or Appendix 1 item a draft answers. */
export function itemOf(d: { no: number; form?: Form }): Question {
  return d.form === "a1" ? getProcessItem(d.no) : getQuestion(d.no);
}

/** The position of the draft's current step among its item's steps (what prompts' buttons name). */
export const stepIndexOf = (d: Draft) => itemOf(d).steps.findIndex((s) => s.id === d.step);

function stepOf(d: Draft, id: StepId): StepSpec {
  const step = itemOf(d).steps.find((s) => s.id === id);
  if (!step) throw new RangeError(`${d.form ?? "q"} ${d.no} has no step "${id}"`);
  return step;
}

const validate = (d: Draft, value: unknown) =>
  d.form === "a1" ? validateProcessValue(d.no, value) : validateAnswer(d.no, value);

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

/**
 * The unfinished answer the cursor keeps for question `no` of `responseId`, or null (another
 * question, nothing kept, or a shape this version no longer reads).
 */
export function keptDraft(
  cursor: Cursor | null | undefined,
  responseId: number,
  no: number,
  form?: Form,
) {
  if (!cursor || cursor.responseId !== responseId || cursor.questionNo !== no) return null;
  if (cursor.form !== form) return null;
  const r = DraftSchema.safeParse(cursor.draft);
  return r.success && r.data.no === no && r.data.form === form && r.data.step !== "done"
    ? r.data
    : null;
}

/** True when `draft` holds something typed for its question (worth keeping). */
export function hasProgress(draft: Draft): boolean {
  const { no: _no, form: _form, step, ...typed } = draft;
  return step !== itemOf(draft).steps[0]!.id || Object.keys(typed).length > 0;
}

/** Start answering question `no` (or Appendix 1 item `no` with form "a1"). */
export function startDraft(no: number, form?: Form): Draft {
  const q = itemOf({ no, form });
  return form ? { no, form, step: q.steps[0]!.id } : { no, step: q.steps[0]!.id };
}

/** Start at the justification step with an already known value (e.g. to edit the justification). */
export function startJustificationDraft(no: number, value: AnswerValue): Draft {
  getQuestion(no); // Appendix 2 only: Appendix 1 has no justification
  return { no, step: "justification", value };
}

export function isDone(draft: Draft): draft is CompletedDraft {
  return draft.step === "done" && draft.value !== undefined && draft.justification !== undefined;
}

/** Appendix 1: an item is finished once it has its value (there is no justification). */
export function isFinished(draft: Draft): draft is Draft & { step: "done"; value: AnswerValue } {
  return draft.step === "done" && draft.value !== undefined;
}

/** What to show for the current step. Throws if the draft is done. */
export function stepView(draft: Draft, ctx: AnswerContext): StepView {
  if (draft.step === "done") throw new Error(`Question ${draft.no} is already answered`);
  const spec = stepOf(draft, draft.step);
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
  const spec = stepOf(draft, draft.step);
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
  if (!result.ok)
    return draft.form === "a1" ? { ok: false, error: processError(result.error) } : result;
  const { outcome, patch, value } = result.value;
  const next = spec.next[outcome];
  if (!next) return fail("err-use-buttons");

  const merged: Draft = { ...draft, ...patch, step: next };
  for (const k of Object.keys(merged) as (keyof Draft)[]) {
    if (merged[k] === undefined) delete merged[k];
  }
  const ends = next === "justification" || (next === "done" && draft.step !== "justification");
  if (ends) {
    if (!value) throw new Error(`Question ${draft.no}: step ${draft.step} produced no value`);
    const checked = validate(draft, value);
    if (!checked.ok) return checked;
    const form = draft.form ? { form: draft.form } : {};
    return ok({ no: draft.no, ...form, step: next, value: checked.value });
  }
  return ok(merged);
}
