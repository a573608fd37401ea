/**
 * The rules of one questionnaire (one service's response), whoever reads or changes it:
 * when an answer counts as given, when the questionnaire may be edited, which question comes
 * next or before (skip logic), what is still missing, and which status changes are allowed.
 *
 * Pure: the bot, the admin panel, the jobs and the SQL of src/db follow these rules; the one
 * SQL expression of "answered" (src/db/repositories/answered.ts) states `isComplete` again.
 */
import { type AnswerValue, NOT_APPLICABLE } from "./answers/values.js";
import { getQuestion, QUESTION_COUNT } from "./questions.js";
import type { ResponseStatus } from "./vocabulary.js";

// ---------------------------------------------------------------------------------------------
// Skip logic

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
// Answered

/** What is stored for one question (value may be null when only the justification is known). */
export interface AnswerState {
  value: unknown;
  justification: string | null;
}

/**
 * "Answered": a question counts as answered once it has both a value and a justification.
 * The dashboards' counts, the reminders' progress, the bot's review and the submit check all
 * use this rule (in SQL: `answeredCount` in src/db/repositories/answered.ts).
 */
export function isComplete(a: AnswerState | null | undefined): boolean {
  return a != null && a.value != null && a.justification != null && a.justification !== "";
}

/** How many of the given answers are complete. */
export function countComplete(answers: Iterable<AnswerState | null | undefined>): number {
  let n = 0;
  for (const a of answers) if (isComplete(a)) n++;
  return n;
}

/** Officials may change answers only while they may still submit (a draft, or returned). */
export function isEditable(status: ResponseStatus): boolean {
  return RULES.submit.from.includes(status);
}

/** Answers by question number, as the rules read them. */
export type AnswerMap = Readonly<
  Partial<Record<number, { value: AnswerValue | null; justification: string | null }>>
>;

function valuesOf(answers: AnswerMap): Partial<Record<number, AnswerValue | null>> {
  const out: Partial<Record<number, AnswerValue | null>> = {};
  for (const [no, a] of Object.entries(answers)) out[Number(no)] = a?.value ?? null;
  return out;
}

/** The next question after `no` that applies (Q14 is skipped when Q13 is "no"); null after the last. */
export function nextQuestion(answers: AnswerMap, no: number): number | null {
  const so = valuesOf(answers);
  for (let n = no + 1; n <= QUESTION_COUNT; n++) if (isApplicable(n, so)) return n;
  return null;
}

/** The applicable question before `no`; null before the first. */
export function previousQuestion(answers: AnswerMap, no: number): number | null {
  const so = valuesOf(answers);
  for (let n = no - 1; n >= 1; n--) if (isApplicable(n, so)) return n;
  return null;
}

/** Applicable questions that are not answered yet, in order. */
export function missingQuestions(answers: AnswerMap): number[] {
  const so = valuesOf(answers);
  const out: number[] = [];
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    if (isApplicable(n, so) && !isComplete(answers[n])) out.push(n);
  }
  return out;
}

/** Where an official continues: the first applicable unanswered question; null when all are. */
export function firstUnanswered(answers: AnswerMap): number | null {
  return missingQuestions(answers)[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Status transitions

/** What may happen to a questionnaire: the official submits, a secretary returns or accepts. */
export const QUESTIONNAIRE_EVENTS = ["submit", "return", "accept"] as const;
export type QuestionnaireEvent = (typeof QUESTIONNAIRE_EVENTS)[number];

interface Rule {
  from: readonly ResponseStatus[];
  to: ResponseStatus;
  /** the response's timestamp set by the move */
  stamp: "submittedAt" | "returnedAt" | "acceptedAt";
  /** only a questionnaire with every applicable question answered may move */
  requiresComplete: boolean;
  /** the move carries the secretary's comment (shown to the officials) */
  keepsComment: boolean;
}

const RULES: Readonly<Record<QuestionnaireEvent, Rule>> = {
  submit: {
    from: ["draft", "returned"],
    to: "submitted",
    stamp: "submittedAt",
    requiresComplete: true,
    keepsComment: false,
  },
  return: {
    from: ["submitted", "accepted"],
    to: "returned",
    stamp: "returnedAt",
    requiresComplete: false,
    keepsComment: true,
  },
  accept: {
    from: ["submitted"],
    to: "accepted",
    stamp: "acceptedAt",
    requiresComplete: false,
    keepsComment: false,
  },
};

export type Transition =
  | ({ ok: true } & Omit<Rule, "from">)
  | { ok: false; reason: "not-allowed"; status: ResponseStatus; event: QuestionnaireEvent };

/**
 * The one answer to "may a questionnaire in `status` undergo `event`, and what follows":
 * draft/returned --submit--> submitted --accept--> accepted; submitted/accepted --return-->
 * returned. Everything else is refused (a draft cannot be accepted, a submitted questionnaire
 * cannot be submitted again, nothing leaves "accepted" except a return).
 */
export function transition(status: ResponseStatus, event: QuestionnaireEvent): Transition {
  const { from, ...rule } = RULES[event];
  if (!from.includes(status)) return { ok: false, reason: "not-allowed", status, event };
  return { ok: true, ...rule };
}

/** Whether `event` is allowed from `status` (to offer the button at all). */
export function canTransition(status: ResponseStatus, event: QuestionnaireEvent): boolean {
  return transition(status, event).ok;
}

// ---------------------------------------------------------------------------------------------
// Automatic answers

/** A change that keeps automatic answers consistent with the answers they depend on. */
export interface SkipChange {
  no: number;
  /** "na": store "not applicable" with the automatic justification; "clear": remove it again */
  action: "na" | "clear";
}

/**
 * Q14 becomes "not applicable" (with the automatic justification `naJustification`) when Q13 is
 * "no", and is cleared again when Q13 changes back, unless the official wrote that answer.
 */
export function skipChanges(answers: AnswerMap, naJustification: string): SkipChange[] {
  const so = valuesOf(answers);
  const out: SkipChange[] = [];
  for (let no = 1; no <= QUESTION_COUNT; no++) {
    const current = answers[no];
    const auto =
      current?.value?.type === "choice" &&
      current.value.choice === "na" &&
      current.justification === naJustification;
    const applies = isApplicable(no, so);
    if (!applies && !auto) out.push({ no, action: "na" });
    else if (applies && auto && getQuestion(no).skipWhen) out.push({ no, action: "clear" });
  }
  return out;
}
