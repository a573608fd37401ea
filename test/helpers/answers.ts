/** A complete, valid questionnaire written straight to the answers table (fixtures). */
import { eq } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { answers, processAnswers } from "../../src/db/schema.js";
import type { AnswerValue } from "../../src/domain/answers/values.js";

/** One valid value per question; Q14 is "not applicable" because Q13 is "no". */
export const COMPLETE_VALUES: Readonly<Record<number, AnswerValue>> = {
  1: { type: "demand", years: [{ year: 2025, count: 1200 }] },
  2: { type: "choice", choice: "yes" },
  3: { type: "choice", choice: "partly" },
  4: { type: "term", current: { amount: 5, unit: "workDays" }, target: null },
  5: { type: "none" },
  6: { type: "choice", choice: "na" },
  7: { type: "choice", choice: "no" },
  8: { type: "choice", choice: "yes" },
  9: { type: "choice", choice: "no" },
  10: { type: "choice", choice: "no" },
  11: { type: "choice", choice: "no" },
  12: { type: "choice", choice: "yes" },
  13: { type: "choice", choice: "no" },
  14: { type: "choice", choice: "na" },
};

export async function fillAnswers(db: Db, responseId: number): Promise<void> {
  await db.insert(answers).values(
    Object.entries(COMPLETE_VALUES).map(([no, value]) => ({
      responseId,
      questionNo: Number(no),
      value,
      justification: "обоснование",
    })),
  );
}

/** One valid value per Appendix 1 item. */
export const COMPLETE_PROCESS: Readonly<Record<number, AnswerValue>> = {
  1: { type: "list", items: ["Приём заявления", "Проверка документов", "Выдача результата"] },
  2: { type: "list", items: ["Заявление", "Копия удостоверения"] },
  3: { type: "choice", choice: "both" },
  4: { type: "choice", choice: "yes" },
  5: { type: "choice", choice: "exclude" },
  6: { type: "choice", choice: "yes" },
  7: { type: "choice", choice: "no" },
  8: { type: "choice", choice: "no" },
  9: { type: "choice", choice: "no" },
  10: { type: "choice", choice: "no" },
  11: { type: "choice", choice: "no" },
  12: { type: "range", from: 3, to: 2 },
  13: { type: "choice", choice: "no" },
  14: { type: "choice", choice: "keep" },
  15: { type: "list", items: ["Приём заявления на портале", "Выдача результата"] },
  16: { type: "list", items: ["Заявление"] },
};

export async function fillProcess(db: Db, responseId: number): Promise<void> {
  await db.insert(processAnswers).values(
    Object.entries(COMPLETE_PROCESS).map(([no, value]) => ({
      responseId,
      itemNo: Number(no),
      value,
    })),
  );
}

/** The Appendix 1 items stored for a response: item number → value. */
export async function storedProcess(db: Db, responseId: number): Promise<Record<number, unknown>> {
  const rows = await db
    .select()
    .from(processAnswers)
    .where(eq(processAnswers.responseId, responseId));
  return Object.fromEntries(rows.map((r) => [r.itemNo, r.value]));
}
