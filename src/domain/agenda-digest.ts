/**
 * The digest of a questionnaire on the agenda compiler (rule 3 of agenda.ts), pure: demand = the
 * latest year of Q1; flags = the "possible" optimisations answered "yes" (Q2 electronic-only
 * format, Q3 electronic-only result, Q7 without the provider's staff, Q8 one-time password, Q9
 * proactive, Q10 composite — "list" counts as yes, Q12 without alternative channels); "partly"
 * is reported separately for Q2, Q3 and Q7.
 */
import type { AnswerValue } from "./answers/values.js";

export const DIGEST_FLAGS = [
  "e-only",
  "e-result",
  "no-staff",
  "otp",
  "proactive",
  "composite",
  "no-alternative",
] as const;
export type DigestFlag = (typeof DIGEST_FLAGS)[number];

/** question number → the flag its "yes" raises */
export const FLAG_QUESTIONS: Readonly<Record<DigestFlag, number>> = {
  "e-only": 2,
  "e-result": 3,
  "no-staff": 7,
  otp: 8,
  proactive: 9,
  composite: 10,
  "no-alternative": 12,
};

export interface AnswerDigest {
  demand: { year: number; count: number } | null;
  yes: DigestFlag[];
  partly: DigestFlag[];
}

export type AnswerValues = ReadonlyMap<number, AnswerValue | null | undefined>;

function isYes(v: AnswerValue | null | undefined): boolean {
  if (!v) return false;
  if (v.type === "choice") return v.choice === "yes";
  return v.type === "list" && v.items.length > 0;
}

/** The one-line digest of a questionnaire (rule 3). */
export function answerDigest(values: AnswerValues): AnswerDigest {
  const q1 = values.get(1);
  let demand: AnswerDigest["demand"] = null;
  if (q1?.type === "demand" && q1.years.length) {
    const latest = [...q1.years].sort((a, b) => b.year - a.year)[0];
    if (latest) demand = { year: latest.year, count: latest.count };
  }
  const yes: DigestFlag[] = [];
  const partly: DigestFlag[] = [];
  for (const f of DIGEST_FLAGS) {
    const v = values.get(FLAG_QUESTIONS[f]);
    if (isYes(v)) yes.push(f);
    else if (v?.type === "choice" && v.choice === "partly") partly.push(f);
  }
  return { demand, yes, partly };
}
