/**
 * Appendix 1 of the Rules (000 / 002): the service's current business process, the proposals
 * and the proposed process, described as data in the same shape as the questionnaire's
 * questions (questions.ts), so the same step machine (answers/steps.ts), parsers and value
 * schemas serve both. A draft of an Appendix 1 item carries `form: "a1"`.
 *
 * Differences from Appendix 2: no justification column (an item ends with its value), every
 * item is required, and the proposals the questionnaire already answers are prefilled
 * (`prefillProcess`) and shown together for confirmation or correction, so only the rest is asked.
 * The diagram of the current process is an optional file, kept with the other materials.
 *
 * Stored value per item (`AnswerValue`):
 * - 1, 15 steps            {type:"list", items}
 * - 2, 16 documents        {type:"list", items} | {type:"none"}
 * - 3 consumers            {type:"choice", choice:"individuals"|"entities"|"both"}
 * - 4, 6, 8, 9 yes/no      {type:"choice", choice:"yes"|"no"}
 * - 5, 14 exclude/keep     {type:"choice", choice:"exclude"|"keep"}
 * - 7 one application      {type:"list", items} (= yes, with these services) | {type:"choice", choice:"no"}
 * - 10 term                {type:"term", current, target} (= yes, from → to) | {type:"choice", choice:"no"}
 * - 11, 12, 13 reductions  {type:"range", from, to} (= yes) | {type:"choice", choice:"no"}
 */
import { z } from "zod";
import {
  type AnswerValue,
  fail,
  ListValueSchema,
  NoneValueSchema,
  ok,
  type ParseError,
  type ParseResult,
  RangeValueSchema,
  TermValueSchema,
} from "./answers/values.js";
import {
  type ButtonSpec,
  CHOICE_LABEL_KEYS,
  type Choice,
  type Outcome,
  type Question,
  type StepId,
  type StepSpec,
  termSteps,
} from "./questions.js";

/** The sections of Appendix 1, in the form's order. */
export type ProcessSection = "current" | "proposals" | "proposed";

export interface ProcessItem extends Question {
  readonly section: ProcessSection;
  /** The questionnaire parameter whose answer prefills this proposal. */
  readonly prefilledFrom?: number;
  readonly schema: z.ZodType<AnswerValue>;
}

const title = (no: number) => `p-title-${no}`;
const hint = (no: number) => `p-hint-${no}`;
const DONE: ButtonSpec = { id: "done", labelKey: "choice-done" };
const NONE: ButtonSpec = { id: "none", labelKey: "choice-none" };

const choiceSchema = (choices: readonly Choice[]) =>
  z.object({ type: z.literal("choice"), choice: z.enum(choices as [Choice, ...Choice[]]) });

/** The entry step with choice buttons: `yes` may lead to a detail step, the rest end the item. */
function entry(no: number, choices: readonly Choice[], yesNext?: StepId): StepSpec {
  const next: Partial<Record<Outcome, StepId | "done">> = {};
  for (const c of choices) next[c] = c === "yes" && yesNext ? yesNext : "done";
  return {
    id: "choice",
    promptKey: hint(no),
    buttons: choices.map((c) => ({ id: c, labelKey: CHOICE_LABEL_KEYS[c] })),
    acceptsText: false,
    next,
  };
}

function base(no: number, key: string, section: ProcessSection) {
  return { no, key, section, titleKey: title(no), hintKey: hint(no) };
}

function listItem(no: number, key: string, section: ProcessSection, none: boolean): ProcessItem {
  return {
    ...base(no, key, section),
    kind: "list",
    choices: [],
    steps: [
      {
        id: "list",
        promptKey: hint(no),
        buttons: none ? [NONE, DONE] : [DONE],
        acceptsText: true,
        next: none ? { text: "list", none: "done", done: "done" } : { text: "list", done: "done" },
      },
    ],
    schema: none ? z.union([ListValueSchema, NoneValueSchema]) : ListValueSchema,
  };
}

function choiceItem(
  no: number,
  key: string,
  choices: readonly Choice[],
  prefilledFrom?: number,
): ProcessItem {
  return {
    ...base(no, key, no === 3 ? "current" : "proposals"),
    kind: "choice",
    choices,
    steps: [entry(no, choices)],
    schema: choiceSchema(choices),
    ...(prefilledFrom ? { prefilledFrom } : {}),
  };
}

const NO = choiceSchema(["no"]);

function rangeItem(no: number, key: string, prefilledFrom?: number): ProcessItem {
  return {
    ...base(no, key, "proposals"),
    kind: "range",
    choices: ["yes", "no"],
    steps: [
      entry(no, ["yes", "no"], "range"),
      {
        id: "range",
        promptKey: `p-ask-range-${no}`,
        buttons: [],
        acceptsText: true,
        next: { text: "done" },
      },
    ],
    schema: z.union([RangeValueSchema, NO]),
    ...(prefilledFrom ? { prefilledFrom } : {}),
  };
}

const YES_NO: readonly Choice[] = ["yes", "no"];
const EXCLUDE_KEEP: readonly Choice[] = ["exclude", "keep"];

export const PROCESS_ITEMS: readonly ProcessItem[] = Object.freeze([
  listItem(1, "current-steps", "current", false),
  listItem(2, "current-documents", "current", true),
  choiceItem(3, "consumers", ["individuals", "entities", "both"]),
  choiceItem(4, "electronic-only", YES_NO, 2),
  choiceItem(5, "paper-format", EXCLUDE_KEEP),
  choiceItem(6, "one-time-password", YES_NO, 8),
  {
    ...base(7, "one-application", "proposals"),
    kind: "yesList",
    choices: YES_NO,
    steps: [
      entry(7, YES_NO, "list"),
      {
        id: "list",
        promptKey: "p-ask-services",
        buttons: [DONE],
        acceptsText: true,
        next: { text: "list", done: "done" },
      },
    ],
    schema: z.union([ListValueSchema, NO]),
    prefilledFrom: 10,
  },
  choiceItem(8, "proactive", YES_NO, 9),
  choiceItem(9, "full-automation", YES_NO, 7),
  {
    ...base(10, "term-reduction", "proposals"),
    kind: "yesTerm",
    choices: YES_NO,
    steps: [
      entry(10, YES_NO, "termCurrent"),
      ...termSteps({
        currentPrompt: "p-ask-term-current",
        targetPrompt: "p-ask-term-target",
        targetButtons: [],
        after: { text: "done" },
      }),
    ],
    schema: z.union([
      TermValueSchema.refine((v) => v.target !== null, { message: "a reduction has a target" }),
      NO,
    ]),
    prefilledFrom: 4,
  },
  rangeItem(11, "documents-reduction", 5),
  rangeItem(12, "steps-reduction"),
  rangeItem(13, "fields-reduction", 11),
  choiceItem(14, "alternative", EXCLUDE_KEEP, 12),
  listItem(15, "proposed-steps", "proposed", false),
  listItem(16, "proposed-documents", "proposed", true),
] satisfies ProcessItem[]);

export const PROCESS_ITEM_COUNT = PROCESS_ITEMS.length;

/** Item `no` (1..16) of Appendix 1; throws on anything else. */
export function getProcessItem(no: number): ProcessItem {
  const item = PROCESS_ITEMS[no - 1];
  if (!Number.isInteger(no) || !item || item.no !== no) {
    throw new RangeError(`No Appendix 1 item ${no}; expected an integer 1..${PROCESS_ITEM_COUNT}`);
  }
  return item;
}

/** Validates a stored or typed value of item `no`. */
export function validateProcessValue(no: number, value: unknown): ParseResult<AnswerValue> {
  if (!Number.isInteger(no) || no < 1 || no > PROCESS_ITEM_COUNT) return fail("err-invalid-answer");
  const r = getProcessItem(no).schema.safeParse(value);
  return r.success ? ok(r.data) : fail("err-invalid-answer");
}

/**
 * The questionnaire's error keys that name its own wording (fields, the "cannot shorten" button)
 * read differently for an Appendix 1 item.
 */
const ERROR_KEYS: Readonly<Record<string, string>> = {
  "err-range-format": "p-err-range-format",
  "err-range-same": "p-err-range-same",
  "err-range-order": "p-err-range-order",
  "err-term-same": "p-err-term-same",
};
export function processError(e: ParseError): ParseError {
  const key = ERROR_KEYS[e.key];
  return key ? { ...e, key } : e;
}

// ---------------------------------------------------------------------------------------------
// Progress

/** Appendix 1 values by item number (a stored value that no longer validates reads as null). */
export type ProcessValues = Readonly<Partial<Record<number, AnswerValue | null>>>;

/** Items without a value, in order (all of them count: Appendix 1 has no optional row). */
export function missingProcessItems(values: ProcessValues): number[] {
  return PROCESS_ITEMS.filter((i) => values[i.no] == null).map((i) => i.no);
}

export const countProcessDone = (values: ProcessValues) =>
  PROCESS_ITEM_COUNT - missingProcessItems(values).length;

/** What the official sees next: the prefilled proposals to confirm, an item to answer, or nothing. */
export type ProcessScreen = { kind: "prefill"; items: number[] } | { kind: "item"; no: number };

/**
 * Where an official continues Appendix 1: the first missing item; when it is prefilled, all
 * missing prefilled proposals at once (confirm or correct). Null when every item has a value.
 */
export function nextProcessScreen(
  values: ProcessValues,
  prefills: Readonly<Partial<Record<number, AnswerValue>>>,
): ProcessScreen | null {
  const missing = missingProcessItems(values);
  const first = missing[0];
  if (first === undefined) return null;
  if (prefills[first]) return { kind: "prefill", items: missing.filter((no) => prefills[no]) };
  return { kind: "item", no: first };
}

/** The item before `no` (null before the first). */
export const previousProcessItem = (no: number): number | null => (no > 1 ? no - 1 : null);

// ---------------------------------------------------------------------------------------------
// Prefill from the questionnaire (Appendix 2)

type A2 = Readonly<Partial<Record<number, { value: AnswerValue | null } | undefined>>>;

const choiceOf = (v: AnswerValue | null | undefined) => (v?.type === "choice" ? v.choice : null);
const yesNo = (choice: Choice): AnswerValue => ({ type: "choice", choice });

/**
 * Appendix 1 proposals as the questionnaire answers them: Q2 → exclusively electronic, Q8 →
 * one-time password, Q9 → proactive, Q10 → one application, Q4 → term from → to, Q5 → documents
 * (from the current documents' count, minus those Q5 excludes), Q11 → fields, Q12 →
 * alternative, Q7 → full automation. "Partly" is not "exclusively" / "fully": it reads as no.
 * A proposal the answers cannot state (no answer, or Q5 excludes more documents than item 2
 * lists) is left out and asked.
 */
export function prefillProcess(
  a2: A2,
  values: ProcessValues,
): Partial<Record<number, AnswerValue>> {
  const out: Partial<Record<number, AnswerValue>> = {};
  const v = (no: number) => a2[no]?.value ?? null;
  const yesNoFrom = (item: number, q: number) => {
    const c = choiceOf(v(q));
    if (c === "yes") out[item] = yesNo("yes");
    else if (c === "no" || c === "partly") out[item] = yesNo("no");
  };
  yesNoFrom(4, 2);
  yesNoFrom(6, 8);
  yesNoFrom(8, 9);
  yesNoFrom(9, 7);

  const q10 = v(10);
  if (q10?.type === "list") out[7] = { type: "list", items: [...q10.items] };
  else if (choiceOf(q10) === "no") out[7] = yesNo("no");

  const q4 = v(4);
  if (q4?.type === "term") {
    out[10] = q4.target
      ? { type: "term", current: { ...q4.current }, target: { ...q4.target } }
      : yesNo("no");
  }

  const q5 = v(5);
  const current = values[2];
  const have =
    current?.type === "list" ? current.items.length : current?.type === "none" ? 0 : null;
  if (q5?.type === "none") out[11] = yesNo("no");
  else if (q5?.type === "list" && have !== null && q5.items.length <= have) {
    out[11] = { type: "range", from: have, to: have - q5.items.length };
  }

  const q11 = v(11);
  if (q11?.type === "range") out[13] = { type: "range", from: q11.from, to: q11.to };
  else if (choiceOf(q11) === "no" || choiceOf(q11) === "na") out[13] = yesNo("no");

  const c12 = choiceOf(v(12));
  if (c12 === "yes") out[14] = yesNo("exclude");
  else if (c12 === "no") out[14] = yesNo("keep");
  return out;
}

// ---------------------------------------------------------------------------------------------
// The diagram of the current process (optional file)

/** Telegram's Bot API download limit (a self-hosted Bot API server lifts it). */
export const DIAGRAM_MAX_BYTES = 20 * 1024 * 1024;
export const DIAGRAM_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  vsdx: "application/vnd.ms-visio.drawing",
  png: "image/png",
};

/** The diagram's type by extension (or MIME type); null when it is not an accepted file. */
export function acceptedDiagram(fileName: string | undefined, mime: string | undefined) {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext && DIAGRAM_TYPES[ext]) return DIAGRAM_TYPES[ext];
  return Object.values(DIAGRAM_TYPES).find((m) => m === mime) ?? null;
}
