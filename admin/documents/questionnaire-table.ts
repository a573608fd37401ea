/** The Appendix 2 table as data: one row per parameter (№ · name · parameter · justification). */

import type { AnswerValue } from "../../src/domain/answers/values.js";
import { QUESTION_COUNT, QUESTIONS } from "../../src/domain/questions.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { summarizeAnswer } from "../../src/i18n/answer-summary.js";
import type { Translate } from "../../src/i18n/index.js";

export interface TableRow {
  no: number;
  name: string;
  param: string;
  justification: string;
}

export type AnswerMap = Readonly<
  Partial<Record<number, { value: unknown; justification: string | null }>>
>;

export function questionTitle(no: number, t: Translate): string {
  const q = QUESTIONS.find((x) => x.no === no);
  return t(q?.titleKey ?? `q-title-${no}`);
}

export function answerText(no: number, value: unknown, t: Translate, locale: Locale): string {
  try {
    return summarizeAnswer(no, (value ?? null) as AnswerValue | null, t, locale);
  } catch {
    return value == null ? "" : JSON.stringify(value);
  }
}

export function questionnaireRows(answers: AnswerMap, t: Translate, locale: Locale): TableRow[] {
  const rows: TableRow[] = [];
  for (let no = 1; no <= QUESTION_COUNT; no++) {
    const a = answers[no];
    rows.push({
      no,
      name: questionTitle(no, t),
      param: answerText(no, a?.value, t, locale),
      justification: a?.justification ?? "",
    });
  }
  return rows;
}
