/**
 * What the questionnaire feature reads and writes, as plain JSON (conversation
 * replays store what `external` returns). Access is checked on every call: an
 * official only ever touches questionnaires assigned to them.
 */
import type { Db } from "../../../db/client.js";
import { officialsRepo } from "../../../db/repositories/officials.js";
import { type AssignedQuestionnaire, responsesRepo } from "../../../db/repositories/responses.js";
import {
  type AnswersSoFar,
  type AnswerValue,
  isApplicable,
  skippedAnswer,
  validateAnswer,
} from "../../../domain/answers.js";
import { isComplete, isEditable } from "../../../domain/questionnaire.js";
import { getQuestion, QUESTION_COUNT } from "../../../domain/questions.js";
import type { Cursor, Locale, ResponseStatus } from "../../../domain/vocabulary.js";

export interface StoredAnswerJson {
  value: AnswerValue | null;
  justification: string | null;
}

export interface QuestionnaireInfo {
  responseId: number;
  assignmentId: number;
  status: ResponseStatus;
  serviceNameKk: string;
  serviceNameRu: string;
  campaignYear: number;
  dueOn: string;
  returnComment: string | null;
  answers: Record<number, StoredAnswerJson>;
  answered: number;
  material: { note: MaterialInfo | null; proposals: MaterialInfo | null };
}

export type MaterialInfo =
  | { kind: "file"; name: string; size: number }
  | { kind: "text"; chars: number };

export { isComplete, isEditable };
export const serviceName = (
  q: Pick<QuestionnaireInfo, "serviceNameKk" | "serviceNameRu">,
  locale: Locale,
) => (locale === "kk" ? q.serviceNameKk : q.serviceNameRu);

export function answersSoFar(info: QuestionnaireInfo): AnswersSoFar {
  const out: Record<number, AnswerValue | null> = {};
  for (const [no, a] of Object.entries(info.answers)) out[Number(no)] = a.value;
  return out;
}

/** The next question after `no` that applies (Q14 is skipped when Q13 is "no"); null after the last. */
export function nextQuestion(info: QuestionnaireInfo, no: number): number | null {
  const so = answersSoFar(info);
  for (let n = no + 1; n <= QUESTION_COUNT; n++) if (isApplicable(n, so)) return n;
  return null;
}

export function previousQuestion(info: QuestionnaireInfo, no: number): number | null {
  const so = answersSoFar(info);
  for (let n = no - 1; n >= 1; n--) if (isApplicable(n, so)) return n;
  return null;
}

export function firstUnanswered(info: QuestionnaireInfo): number | null {
  const so = answersSoFar(info);
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    if (isApplicable(n, so) && !isComplete(info.answers[n])) return n;
  }
  return null;
}

export function missingQuestions(info: QuestionnaireInfo): number[] {
  const so = answersSoFar(info);
  const out: number[] = [];
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    if (isApplicable(n, so) && !isComplete(info.answers[n])) out.push(n);
  }
  return out;
}

function toInfo(
  q: AssignedQuestionnaire,
  responseId: number,
  status: ResponseStatus,
  answers: Map<number, { value: unknown; justification: string | null }>,
  materials: { kind: string; fileName: string | null; text: string | null; size: number | null }[],
): QuestionnaireInfo {
  const out: Record<number, StoredAnswerJson> = {};
  let answered = 0;
  for (const [no, a] of answers) {
    const v = a.value == null ? null : validateAnswer(no, a.value);
    out[no] = { value: v?.ok ? v.value : null, justification: a.justification };
    if (isComplete(out[no])) answered++;
  }
  const describe = (kind: string): MaterialInfo | null => {
    const m = materials.find((x) => x.kind === kind);
    if (!m) return null;
    return m.fileName
      ? { kind: "file", name: m.fileName, size: m.size ?? 0 }
      : { kind: "text", chars: m.text?.length ?? 0 };
  };
  return {
    responseId,
    assignmentId: q.assignmentId,
    status,
    serviceNameKk: q.serviceNameKk,
    serviceNameRu: q.serviceNameRu,
    campaignYear: q.campaignYear,
    dueOn: q.dueOn,
    returnComment: q.returnComment,
    answers: out,
    answered,
    material: { note: describe("note"), proposals: describe("proposals") },
  };
}

export function questionnaireStore(db: Db, now: () => Date) {
  const responses = responsesRepo(db);
  const officials = officialsRepo(db);

  async function load(
    officialId: number,
    by: { assignmentId: number } | { responseId: number },
  ): Promise<QuestionnaireInfo | null> {
    const q = await responses.forOfficial(officialId, by);
    if (!q) return null;
    let responseId = q.responseId;
    let status = q.status;
    if (responseId === null || status === null) {
      const created = await responses.ensure(q.assignmentId, now());
      responseId = created.id;
      status = created.status;
    }
    const [answers, materials] = await Promise.all([
      responses.answers(responseId),
      responses.materialInfo(responseId),
    ]);
    return toInfo(q, responseId, status, answers, materials);
  }

  return {
    list: (officialId: number) => responses.listForOfficial(officialId),
    /** opens (creating the response on first use) a questionnaire by assignment */
    open: (officialId: number, assignmentId: number) => load(officialId, { assignmentId }),
    info: (officialId: number, responseId: number) => load(officialId, { responseId }),

    async saveValue(
      officialId: number,
      responseId: number,
      no: number,
      value: AnswerValue,
    ): Promise<boolean> {
      const checked = validateAnswer(no, value);
      if (!checked.ok) return false;
      return responses.saveField({
        responseId,
        questionNo: no,
        field: "value",
        value: checked.value,
        officialId,
        now: now(),
      });
    },

    async saveJustification(
      officialId: number,
      responseId: number,
      no: number,
      text: string,
    ): Promise<boolean> {
      return responses.saveField({
        responseId,
        questionNo: no,
        field: "justification",
        value: text,
        officialId,
        now: now(),
      });
    },

    /**
     * Keeps automatic answers consistent: Q14 becomes "not applicable" when Q13
     * is "no", and is cleared again when Q13 changes to "yes".
     */
    async applySkips(
      officialId: number,
      info: QuestionnaireInfo,
      naJustification: string,
    ): Promise<boolean> {
      const so = answersSoFar(info);
      let changed = false;
      for (let no = 1; no <= QUESTION_COUNT; no++) {
        const current = info.answers[no];
        const auto =
          current?.value?.type === "choice" &&
          current.value.choice === "na" &&
          current.justification === naJustification;
        if (!isApplicable(no, so) && !auto) {
          await this.saveValue(officialId, info.responseId, no, skippedAnswer(no).value);
          await this.saveJustification(officialId, info.responseId, no, naJustification);
          changed = true;
        } else if (isApplicable(no, so) && auto && getQuestion(no).skipWhen) {
          for (const field of ["value", "justification"] as const) {
            await responses.saveField({
              responseId: info.responseId,
              questionNo: no,
              field,
              value: null,
              officialId,
              now: now(),
            });
          }
          changed = true;
        }
      }
      return changed;
    },

    setCursor: (officialId: number, cursor: Cursor | null) =>
      officials.setCursor(officialId, cursor),

    submit: (responseId: number) =>
      responses.transition(responseId, ["draft", "returned"], "submitted", now()),

    putMaterial: responses.putMaterial.bind(responses),
  };
}

export type QuestionnaireStore = ReturnType<typeof questionnaireStore>;
export type { Locale };
