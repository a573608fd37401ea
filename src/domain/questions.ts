/**
 * The 14 parameters of the questionnaire (Appendix 2 to the Rules of optimization and automation
 * of public services), described once, as data.
 *
 * Every question is answered through a small state machine whose steps are listed in
 * `Question.steps` (first step = entry point, last step = the justification). The bot walks it
 * generically, with no per-question if/else:
 *
 * ```ts
 * let draft = startDraft(no);                        // answers/steps.ts; JSON-serialisable, in the session
 * for (;;) {
 *   const view = stepView(draft, { lastYear });     // { promptKey, vars, buttons, acceptsText }
 *   // send t(question.titleKey) (bold, escaped) + t(view.promptKey, view.vars),
 *   // one inline button per view.buttons entry (label t(b.labelKey), callback data carries b.id)
 *   const input = await nextInput();                 // { type: "button", id } | { type: "text", text }
 *   const r = applyInput(draft, input, { lastYear });
 *   if (!r.ok) { reply(t(r.error.key, r.error.vars)); continue; }   // stay on the same step
 *   draft = r.value;
 *   if (draft.step === "done") break;                // draft.value + draft.justification are final
 * }
 * ```
 *
 * Before starting question `no`, call `isApplicable(no, answersSoFar)` (questionnaire.ts); when it is false store
 * `skippedAnswer(no)` instead (Q14 when Q13 was answered "no").
 *
 * Transitions (`StepSpec.next`) are keyed by the *outcome* of a step: the id of the pressed button,
 * `"text"` for accepted text, or `"number"` when a term was typed without (or with an ambiguous)
 * unit, in which case the unit is asked with buttons. The flows are:
 *
 * - demand (Q1):      demand --text--> justification --text--> done
 * - choice (Q2,3,6,7,8,9,12): choice --button--> justification
 * - term (Q4):        termCurrent --text--> termTarget | --number--> termCurrentUnit --unit--> termTarget;
 *                     termTarget --text | cannotShorten--> justification
 * - list (Q5):        list --text--> list (items are added, one per line; repeat) --done--> justification;
 *                     list --none--> justification (only while no item was added)
 * - yesList (Q10,14): choice --yes--> list (as above, without "none") --done--> justification;
 *                     choice --no--> justification
 * - range (Q11):      choice --yes--> range --text--> justification; choice --no|na--> justification
 * - system (Q13):     choice --yes--> systemName --text--> systemDeveloper --text--> justification;
 *                     choice --no--> justification
 *
 * Fluent keys: `q-title-N` is the official "Наименование параметра" wording, `q-hint-N` is the
 * prompt of the entry step (what to answer and in which format).
 */

export const QUESTION_COUNT = 14;

/**
 * Button-level answers. `na` = "not applicable". The last five are Appendix 1's (process.ts):
 * the consumers of a service, and "exclude / keep" of the paper format and the alternative.
 */
export const CHOICES = [
  "yes",
  "no",
  "partly",
  "na",
  "individuals",
  "entities",
  "both",
  "exclude",
  "keep",
] as const;
export type Choice = (typeof CHOICES)[number];

/** Units of a service term (Q4). `TermUnit.workDays === "workDays"` etc. */
export const TermUnit = {
  workDays: "workDays",
  calendarDays: "calendarDays",
  hours: "hours",
  minutes: "minutes",
} as const;
export type TermUnit = (typeof TermUnit)[keyof typeof TermUnit];
export const TERM_UNITS: readonly TermUnit[] = [
  TermUnit.workDays,
  TermUnit.calendarDays,
  TermUnit.hours,
  TermUnit.minutes,
];

/** `yesTerm` (Appendix 1 only): yes → a term from → to (both required), or no. */
export type QuestionKind =
  | "demand"
  | "choice"
  | "term"
  | "list"
  | "yesList"
  | "range"
  | "system"
  | "yesTerm";

export const STEP_IDS = [
  "choice",
  "demand",
  "termCurrent",
  "termCurrentUnit",
  "termTarget",
  "list",
  "range",
  "systemName",
  "systemDeveloper",
  "justification",
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Ids of inline buttons (short: they go into callback data). */
export type ButtonId = Choice | TermUnit | "none" | "cannotShorten" | "done";
export const BUTTON_IDS: readonly ButtonId[] = [
  ...CHOICES,
  ...TERM_UNITS,
  "none",
  "cannotShorten",
  "done",
];

/** What happened on a step: a button was pressed, text was accepted, or a bare number was typed. */
export type Outcome = ButtonId | "text" | "number";

export interface ButtonSpec {
  readonly id: ButtonId;
  readonly labelKey: string;
}

export interface StepSpec {
  readonly id: StepId;
  /** Fluent key of the message asking for this step's input (vars come from `stepView`). */
  readonly promptKey: string;
  /**
   * Inline buttons of the step (may be empty). On a list step `done` is only offered once an item
   * was added and `none` only while the list is empty: use `stepView(draft).buttons` to render.
   */
  readonly buttons: readonly ButtonSpec[];
  /** Whether typed text is accepted on this step (otherwise only buttons). */
  readonly acceptsText: boolean;
  /** Next step per outcome; "done" ends the question. */
  readonly next: Readonly<Partial<Record<Outcome, StepId | "done">>>;
}

export interface Question {
  /** 1..14, the row number in Appendix 2. */
  readonly no: number;
  /** Stable slug (for logs, exports, column names). */
  readonly key: string;
  readonly kind: QuestionKind;
  /** Official parameter name ("Наименование параметра" / "Параметр атауы"). */
  readonly titleKey: string;
  /** One-line description of the expected answer; also the prompt of the entry step. */
  readonly hintKey: string;
  /** Choice buttons of the entry step (empty for demand, term and list). */
  readonly choices: readonly Choice[];
  /** The state machine; `steps[0]` is the entry step, the last one is "justification". */
  readonly steps: readonly StepSpec[];
  /** The question is skipped (answered "not applicable") when question `no` was answered `choice`. */
  readonly skipWhen?: { readonly no: number; readonly choice: Choice };
}

// ---------------------------------------------------------------------------------------------
// Building blocks

export const CHOICE_LABEL_KEYS: Readonly<Record<Choice, string>> = {
  yes: "choice-yes",
  no: "choice-no",
  partly: "choice-partly",
  na: "choice-na",
  individuals: "choice-individuals",
  entities: "choice-entities",
  both: "choice-both",
  exclude: "choice-exclude",
  keep: "choice-keep",
};

export const UNIT_LABEL_KEYS: Readonly<Record<TermUnit, string>> = {
  workDays: "unit-workDays",
  calendarDays: "unit-calendarDays",
  hours: "unit-hours",
  minutes: "unit-minutes",
};

const choiceButtons = (choices: readonly Choice[]): ButtonSpec[] =>
  choices.map((c) => ({ id: c, labelKey: CHOICE_LABEL_KEYS[c] }));

const DONE_BUTTON: ButtonSpec = { id: "done", labelKey: "choice-done" };

const JUSTIFICATION_STEP: StepSpec = {
  id: "justification",
  promptKey: "ask-justification",
  buttons: [],
  acceptsText: true,
  next: { text: "done" },
};

/** Entry step with choice buttons; `yes` may lead to a detail step, the rest to justification. */
function choiceStep(hintKey: string, choices: readonly Choice[], yesNext?: StepId): StepSpec {
  const next: Partial<Record<Outcome, StepId | "done">> = {};
  for (const c of choices) next[c] = c === "yes" && yesNext ? yesNext : "justification";
  return {
    id: "choice",
    promptKey: hintKey,
    buttons: choiceButtons(choices),
    acceptsText: false,
    next,
  };
}

const titleKey = (no: number) => `q-title-${no}`;
const hintKey = (no: number) => `q-hint-${no}`;

function choiceQuestion(no: number, key: string, choices: readonly Choice[]): Question {
  return {
    no,
    key,
    kind: "choice",
    titleKey: titleKey(no),
    hintKey: hintKey(no),
    choices,
    steps: [choiceStep(hintKey(no), choices), JUSTIFICATION_STEP],
  };
}

function yesListQuestion(
  no: number,
  key: string,
  listPromptKey: string,
  skipWhen?: Question["skipWhen"],
): Question {
  const choices: Choice[] = ["yes", "no"];
  return {
    no,
    key,
    kind: "yesList",
    titleKey: titleKey(no),
    hintKey: hintKey(no),
    choices,
    steps: [
      choiceStep(hintKey(no), choices, "list"),
      {
        id: "list",
        promptKey: listPromptKey,
        buttons: [DONE_BUTTON],
        acceptsText: true,
        next: { text: "list", done: "justification" },
      },
      JUSTIFICATION_STEP,
    ],
    ...(skipWhen ? { skipWhen } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The questionnaire

const YES_NO: readonly Choice[] = ["yes", "no"];
const YES_NO_PARTLY: readonly Choice[] = ["yes", "no", "partly"];
const YES_NO_NA: readonly Choice[] = ["yes", "no", "na"];

/**
 * The term's three steps (current term, its unit when a bare number was typed, the target), shared
 * by Q4 and Appendix 1's term reduction so both read a term the same way.
 */
export function termSteps(o: {
  currentPrompt: string;
  targetPrompt: string;
  targetButtons: StepSpec["buttons"];
  after: StepSpec["next"];
}): StepSpec[] {
  return [
    {
      id: "termCurrent",
      promptKey: o.currentPrompt,
      buttons: [],
      acceptsText: true,
      next: { text: "termTarget", number: "termCurrentUnit" },
    },
    {
      id: "termCurrentUnit",
      promptKey: "ask-term-current-unit",
      buttons: TERM_UNITS.map((u) => ({ id: u, labelKey: UNIT_LABEL_KEYS[u] })),
      acceptsText: true,
      next: {
        workDays: "termTarget",
        calendarDays: "termTarget",
        hours: "termTarget",
        minutes: "termTarget",
        text: "termTarget",
      },
    },
    {
      id: "termTarget",
      promptKey: o.targetPrompt,
      buttons: o.targetButtons,
      acceptsText: true,
      next: o.after,
    },
  ];
}

export const QUESTIONS: readonly Question[] = Object.freeze([
  {
    no: 1,
    key: "demand",
    kind: "demand",
    titleKey: titleKey(1),
    hintKey: hintKey(1),
    choices: [],
    steps: [
      {
        id: "demand",
        promptKey: hintKey(1),
        buttons: [],
        acceptsText: true,
        next: { text: "justification" },
      },
      JUSTIFICATION_STEP,
    ],
  },
  choiceQuestion(2, "electronic-service", YES_NO_PARTLY),
  choiceQuestion(3, "electronic-result", YES_NO_PARTLY),
  {
    no: 4,
    key: "term",
    kind: "term",
    titleKey: titleKey(4),
    hintKey: hintKey(4),
    choices: [],
    steps: [
      ...termSteps({
        currentPrompt: hintKey(4),
        targetPrompt: "ask-term-target",
        targetButtons: [{ id: "cannotShorten", labelKey: "choice-cannot-shorten" }],
        after: { text: "justification", cannotShorten: "justification" },
      }),
      JUSTIFICATION_STEP,
    ],
  },
  {
    no: 5,
    key: "documents",
    kind: "list",
    titleKey: titleKey(5),
    hintKey: hintKey(5),
    choices: [],
    steps: [
      {
        id: "list",
        promptKey: hintKey(5),
        buttons: [{ id: "none", labelKey: "choice-none" }, DONE_BUTTON],
        acceptsText: true,
        next: { text: "list", none: "justification", done: "justification" },
      },
      JUSTIFICATION_STEP,
    ],
  },
  choiceQuestion(6, "collegial-body", YES_NO_NA),
  choiceQuestion(7, "no-staff", YES_NO_PARTLY),
  choiceQuestion(8, "one-time-password", YES_NO),
  choiceQuestion(9, "proactive", YES_NO),
  yesListQuestion(10, "composite", "ask-list-services"),
  {
    no: 11,
    key: "manual-fields",
    kind: "range",
    titleKey: titleKey(11),
    hintKey: hintKey(11),
    choices: YES_NO_NA,
    steps: [
      choiceStep(hintKey(11), YES_NO_NA, "range"),
      {
        id: "range",
        promptKey: "ask-range",
        buttons: [],
        acceptsText: true,
        next: { text: "justification" },
      },
      JUSTIFICATION_STEP,
    ],
  },
  choiceQuestion(12, "alternative-channels", YES_NO),
  {
    no: 13,
    key: "information-system",
    kind: "system",
    titleKey: titleKey(13),
    hintKey: hintKey(13),
    choices: YES_NO,
    steps: [
      choiceStep(hintKey(13), YES_NO, "systemName"),
      {
        id: "systemName",
        promptKey: "ask-system-name",
        buttons: [],
        acceptsText: true,
        next: { text: "systemDeveloper" },
      },
      {
        id: "systemDeveloper",
        promptKey: "ask-system-developer",
        buttons: [],
        acceptsText: true,
        next: { text: "justification" },
      },
      JUSTIFICATION_STEP,
    ],
  },
  yesListQuestion(14, "integrations", "ask-list-systems", { no: 13, choice: "no" }),
] satisfies Question[]);

/** The question with row number `no` (1..14); throws on anything else. */
export function getQuestion(no: number): Question {
  const q = QUESTIONS[no - 1];
  if (!Number.isInteger(no) || !q || q.no !== no) {
    throw new RangeError(`No question ${no}; expected an integer 1..${QUESTION_COUNT}`);
  }
  return q;
}

/** The spec of step `id` of question `no`; throws if the question has no such step. */
export function getStep(no: number, id: StepId): StepSpec {
  const step = getQuestion(no).steps.find((s) => s.id === id);
  if (!step) throw new RangeError(`Question ${no} has no step "${id}"`);
  return step;
}

/** Fluent keys of the questionnaire's table header, in column order. */
export const COLUMN_KEYS = ["col-no", "col-name", "col-param", "col-justification"] as const;

/** Fluent key of the questionnaire title. */
export const QUESTIONNAIRE_TITLE_KEY = "q-questionnaire-title";

/** Fluent key of "Parameter N of 14" (vars: no, total). */
export const PROGRESS_KEY = "q-progress";
