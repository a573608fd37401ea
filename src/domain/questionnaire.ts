/**
 * The rules of one questionnaire (one service's response), whoever reads or changes it:
 * when an answer counts as given, when the questionnaire may be edited, which question comes
 * next or before (skip logic), what is still missing, and which status changes are allowed.
 *
 * Pure: the bot, the admin panel, the jobs and the SQL of src/db follow these rules; the one
 * SQL expression of "answered" (src/db/repositories/answered.ts) states `isComplete` again.
 */
import type { AnswerValue } from "./answers.js";
import { isApplicable } from "./answers.js";
import { QUESTION_COUNT } from "./questions.js";
import type { ResponseStatus } from "./vocabulary.js";

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

/** Officials may change answers only while the questionnaire is a draft or was returned. */
export function isEditable(status: ResponseStatus): boolean {
  return status === "draft" || status === "returned";
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
