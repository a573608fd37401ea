/**
 * One questionnaire (a service's response), loaded and changed in one place: the bot's review,
 * the admin's response page, the DOCX and the campaign's XLSX/CSV all read what
 * `loadQuestionnaire` / `loadCampaignQuestionnaires` return, and every status change (the
 * official's submit, the secretary's return and accept) goes through `changeStatus`, which asks
 * the domain (`transition`) whether it is allowed.
 *
 * What is returned is plain JSON (dates as ISO strings): the bot's conversations keep it in
 * their replay log.
 */

import type { ProgressPageKey } from "../db/repositories/campaigns.js";
import { type AnswerValue, validateAnswer } from "../domain/answers/values.js";
import {
  countProcessDone,
  missingProcessItems,
  type ProcessValues,
  validateProcessValue,
} from "../domain/process.js";
import {
  countComplete,
  missingQuestions,
  type QuestionnaireEvent,
  skipChanges,
  skippedAnswer,
  transition,
} from "../domain/questionnaire.js";
import type { Cursor, Locale, ResponseStatus } from "../domain/vocabulary.js";
import type { CoreDeps } from "./deps.js";

export interface QuestionnaireAnswer {
  value: AnswerValue | null;
  justification: string | null;
}

export interface MaterialMeta {
  id: number;
  kind: "note" | "proposals" | "diagram";
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  sha256: string | null;
  /** text materials only */
  text: string | null;
}

export interface HistoryEntry {
  id: number;
  questionNo: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  officialName: string | null;
}

/** A change of an Appendix 1 item. */
export interface ProcessHistoryEntry {
  id: number;
  itemNo: number;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  officialName: string | null;
}

export interface Named {
  nameKk: string;
  nameRu: string;
}

export interface Questionnaire {
  responseId: number;
  assignmentId: number;
  status: ResponseStatus;
  returnComment: string | null;
  submittedAt: string | null;
  service: Named & { id: number; registryCode: string };
  agency: Named & { id: number; code: string };
  campaign: { id: number; year: number; title: string; dueOn: string; processOptional: boolean };
  /** by question number; a stored value that no longer validates reads as null */
  answers: Record<number, QuestionnaireAnswer>;
  /** questions answered (value and justification), see isComplete */
  answered: number;
  /** Appendix 1 by item number (a stored value that no longer validates reads as null) */
  process: Record<number, AnswerValue | null>;
  /** Appendix 1 items filled in */
  processDone: number;
  materials: MaterialMeta[];
  /** newest first; only when asked for (the admin's page) */
  history?: HistoryEntry[];
  processHistory?: ProcessHistoryEntry[];
}

/** Stored Appendix 1 items → values as the rules read them. */
export function toProcessValues(
  stored: Map<number, unknown> | undefined,
): Record<number, AnswerValue | null> {
  const out: Record<number, AnswerValue | null> = {};
  for (const [no, value] of stored ?? []) {
    const v = validateProcessValue(no, value);
    out[no] = v.ok ? v.value : null;
  }
  return out;
}

/**
 * What still keeps a questionnaire from being submitted: Appendix 2 questions and, unless the
 * campaign made it optional this year, Appendix 1 items.
 */
export function submitBlockers(q: {
  answers: Record<number, QuestionnaireAnswer>;
  process: ProcessValues;
  campaign: { processOptional: boolean };
}): { questions: number[]; process: number[] } {
  return {
    questions: missingQuestions(q.answers),
    process: q.campaign.processOptional ? [] : missingProcessItems(q.process),
  };
}

export const nameIn = (x: Named, locale: Locale) => (locale === "kk" ? x.nameKk : x.nameRu);

/** Stored answers → the questionnaire's answers (values validated, as the rules read them). */
export function toAnswers(
  stored: Map<number, { value: unknown; justification: string | null }> | undefined,
): Record<number, QuestionnaireAnswer> {
  const out: Record<number, QuestionnaireAnswer> = {};
  for (const [no, a] of stored ?? []) {
    const v = a.value == null ? null : validateAnswer(no, a.value);
    out[no] = { value: v?.ok ? v.value : null, justification: a.justification };
  }
  return out;
}

const iso = (d: Date | string | null | undefined) =>
  d == null ? null : typeof d === "string" ? d : d.toISOString();

/** The whole questionnaire of a response; undefined when there is no such response. */
export async function loadQuestionnaire(
  deps: Pick<CoreDeps, "repos">,
  responseId: number,
  opts: { history?: boolean; officialId?: number } = {},
): Promise<Questionnaire | undefined> {
  const { campaigns, processItems } = deps.repos;
  const [detail, history, processHistory] = await Promise.all([
    campaigns.questionnaireRow(responseId, opts.officialId),
    opts.history ? campaigns.responseHistory(responseId) : undefined,
    opts.history ? processItems.history(responseId) : undefined,
  ]);
  if (!detail?.mine) return undefined;
  const { response, service, agency, campaign } = detail;
  const answers = toAnswers(
    new Map(detail.answers.map((a) => [a.no, { value: a.value, justification: a.justification }])),
  );
  const process = toProcessValues(new Map(detail.process.map((p) => [p.no, p.value])));
  return {
    responseId,
    assignmentId: detail.assignmentId,
    status: response.status,
    returnComment: response.returnComment,
    submittedAt: iso(response.submittedAt),
    service: {
      id: service.id,
      registryCode: service.registryCode,
      nameKk: service.nameKk,
      nameRu: service.nameRu,
    },
    agency: { id: agency.id, code: agency.code, nameKk: agency.nameKk, nameRu: agency.nameRu },
    campaign: {
      id: campaign.id,
      year: campaign.year,
      title: campaign.title,
      dueOn: campaign.dueOn,
      processOptional: campaign.processOptional,
    },
    answers,
    answered: countComplete(Object.values(answers)),
    process,
    processDone: countProcessDone(process),
    materials: detail.materials.map((m) => ({ ...m, kind: m.kind as MaterialMeta["kind"] })),
    ...(history ? { history: history.map((h) => ({ ...h, at: iso(h.at) ?? "" })) } : {}),
    ...(processHistory
      ? { processHistory: processHistory.map((h) => ({ ...h, at: iso(h.at) ?? "" })) }
      : {}),
  };
}

/**
 * An official's questionnaire, checked: undefined unless it is assigned to them. Opening by
 * assignment creates the response on first use.
 */
export async function loadOfficialQuestionnaire(
  deps: Pick<CoreDeps, "repos" | "now">,
  officialId: number,
  by: { assignmentId: number } | { responseId: number },
): Promise<Questionnaire | undefined> {
  const { responses } = deps.repos;
  // the access check is part of the one statement that loads it
  if ("responseId" in by) return loadQuestionnaire(deps, by.responseId, { officialId });
  const mine = await responses.forOfficial(officialId, by);
  if (!mine) return undefined;
  const responseId = mine.responseId ?? (await responses.ensure(mine.assignmentId, deps.now())).id;
  return loadQuestionnaire(deps, responseId);
}

/** One row per service of a campaign (with or without a response), for the campaign's sheet. */
export interface CampaignQuestionnaire {
  assignmentId: number;
  responseId: number | null;
  status: ResponseStatus | null;
  service: Named & { id: number; registryCode: string };
  agency: Named & { id: number; code: string };
  answered: number;
  submittedAt: string | null;
  answers: Record<number, QuestionnaireAnswer>;
  /** Appendix 1 by item number */
  process: Record<number, AnswerValue | null>;
}

/** Rows per page of `campaignQuestionnairePages`: three queries each, a page's rows in memory at once. */
export const CAMPAIGN_PAGE_SIZE = 500;

/**
 * A campaign's questionnaires in registry-code order, page by page (the campaign's sheet, streamed
 * however large the campaign): three queries per page, only one page in memory.
 * `submittedOnly`: submitted and accepted ones.
 */
export async function* campaignQuestionnairePages(
  deps: Pick<CoreDeps, "repos">,
  campaignId: number,
  o: { submittedOnly?: boolean; pageSize?: number } = {},
): AsyncGenerator<CampaignQuestionnaire[]> {
  const { campaigns, processItems } = deps.repos;
  const limit = o.pageSize ?? CAMPAIGN_PAGE_SIZE;
  const submittedOnly = o.submittedOnly ?? false;
  const load = async (after: ProgressPageKey | undefined) => {
    const rows = await campaigns.progressPage(campaignId, { after, limit, submittedOnly });
    const ids = rows.flatMap((r) => (r.responseId ? [r.responseId] : []));
    const [stored, process] = await Promise.all([
      campaigns.answersOf(ids),
      processItems.valuesOf(ids),
    ]);
    const page: CampaignQuestionnaire[] = rows.map((r) => ({
      assignmentId: r.assignmentId,
      responseId: r.responseId,
      status: r.status,
      service: {
        id: r.serviceId,
        registryCode: r.registryCode,
        nameKk: r.serviceNameKk,
        nameRu: r.serviceNameRu,
      },
      agency: {
        id: r.agencyId,
        code: r.agencyCode,
        nameKk: r.agencyNameKk,
        nameRu: r.agencyNameRu,
      },
      answered: r.answered,
      submittedAt: iso(r.submittedAt),
      answers: r.responseId ? toAnswers(stored.get(r.responseId)) : {},
      process: r.responseId ? toProcessValues(process.get(r.responseId)) : {},
    }));
    const last = rows[rows.length - 1];
    const next: ProgressPageKey | undefined =
      rows.length === limit && last ? last.registryCode : undefined;
    return { page, next };
  };
  let loading = load(undefined);
  for (;;) {
    const { page, next } = await loading;
    // the next page is read while the caller writes this one (at most two pages in memory)
    if (next) loading = load(next);
    if (page.length > 0) yield page;
    if (!next) return;
  }
}

/** Every questionnaire of a campaign, in registry-code order (all pages at once). */
export async function loadCampaignQuestionnaires(
  deps: Pick<CoreDeps, "repos">,
  campaignId: number,
): Promise<CampaignQuestionnaire[]> {
  const all: CampaignQuestionnaire[] = [];
  for await (const page of campaignQuestionnairePages(deps, campaignId)) all.push(...page);
  return all;
}

export type StatusChange =
  | { ok: true; from: ResponseStatus; to: ResponseStatus }
  | { ok: false; reason: "not-found" | "not-allowed" | "incomplete" | "changed" };

/**
 * Changes a response's status as the domain allows. "incomplete": submit with questions missing;
 * "changed": someone else moved it between the read and the write (double tap, two secretaries).
 */
export async function changeStatus(
  deps: Pick<CoreDeps, "repos" | "now">,
  responseId: number,
  event: QuestionnaireEvent,
  comment?: string,
  /** who moves it ("admin:3", "official:12"): logged with the move for the response's timeline */
  actor?: string,
): Promise<StatusChange> {
  const { responses, campaigns, processItems } = deps.repos;
  const current = await responses.byId(responseId);
  if (!current) return { ok: false, reason: "not-found" };
  const move = transition(current.status, event);
  if (!move.ok) return { ok: false, reason: "not-allowed" };
  if (move.requiresComplete) {
    const [stored, process, detail] = await Promise.all([
      responses.answers(responseId),
      processItems.values(responseId),
      campaigns.responseDetail(responseId),
    ]);
    const missing = submitBlockers({
      answers: toAnswers(stored),
      process: toProcessValues(process),
      campaign: { processOptional: detail?.campaign.processOptional ?? false },
    });
    if (missing.questions.length + missing.process.length > 0) {
      return { ok: false, reason: "incomplete" };
    }
  }
  const moved = await responses.setStatus(responseId, {
    from: current.status,
    to: move.to,
    stamp: move.stamp,
    comment: move.keepsComment ? (comment ?? null) : undefined,
    now: deps.now(),
    actor,
    event,
  });
  return moved ? { ok: true, from: current.status, to: move.to } : { ok: false, reason: "changed" };
}

/** Saves one field of one answer (a value is validated first); false when not editable. */
export async function saveAnswerField(
  deps: Pick<CoreDeps, "repos" | "now">,
  a: {
    responseId: number;
    no: number;
    officialId: number;
    /** the official's cursor to store with the answer (one statement), when given */
    cursor?: Cursor | null;
  } & (
    | { field: "value"; value: AnswerValue | null }
    | { field: "justification"; value: string | null }
  ),
): Promise<boolean> {
  let value: unknown = a.value;
  if (a.field === "value" && a.value !== null) {
    const checked = validateAnswer(a.no, a.value);
    if (!checked.ok) return false;
    value = checked.value;
  }
  return deps.repos.responses.saveField({
    responseId: a.responseId,
    questionNo: a.no,
    field: a.field,
    value,
    officialId: a.officialId,
    now: deps.now(),
    cursor: a.cursor,
  });
}

/** Saves one Appendix 1 item (validated first); false when invalid or not editable. */
export async function saveProcessItem(
  deps: Pick<CoreDeps, "repos" | "now">,
  a: {
    responseId: number;
    no: number;
    officialId: number;
    value: AnswerValue;
    /** the official's cursor to store with the item (one statement), when given */
    cursor?: Cursor | null;
  },
): Promise<boolean> {
  const checked = validateProcessValue(a.no, a.value);
  if (!checked.ok) return false;
  return deps.repos.processItems.save({
    responseId: a.responseId,
    itemNo: a.no,
    value: checked.value,
    officialId: a.officialId,
    now: deps.now(),
    cursor: a.cursor,
  });
}

/** Stores or clears the automatic answers the domain asks for; true when anything changed. */
export async function applySkips(
  deps: Pick<CoreDeps, "repos" | "now">,
  officialId: number,
  q: Pick<Questionnaire, "responseId" | "answers">,
  naJustification: string,
): Promise<boolean> {
  const changes = skipChanges(q.answers, naJustification);
  for (const { no, action } of changes) {
    const base = { responseId: q.responseId, no, officialId };
    await saveAnswerField(deps, {
      ...base,
      field: "value",
      value: action === "na" ? skippedAnswer(no).value : null,
    });
    await saveAnswerField(deps, {
      ...base,
      field: "justification",
      value: action === "na" ? naJustification : null,
    });
  }
  return changes.length > 0;
}
