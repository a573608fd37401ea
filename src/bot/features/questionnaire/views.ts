/**
 * How the questionnaire looks in Telegram: pure functions from data to
 * HTML text and inline keyboards. User text is always escaped here.
 */

import { InlineKeyboard } from "grammy";
import type { AssignedQuestionnaire } from "../../../db/repositories/responses.js";
import { type Draft, type StepView, stepView } from "../../../domain/answers/steps.js";
import { PROCESS_ITEM_COUNT } from "../../../domain/process.js";
import { progressState } from "../../../domain/progress.js";
import { isComplete, isEditable, missingQuestions } from "../../../domain/questionnaire.js";
import { getQuestion, QUESTION_COUNT } from "../../../domain/questions.js";
import { toLocalDate } from "../../../domain/time.js";
import type { Locale } from "../../../domain/vocabulary.js";
import { RESPONSE_STATUSES } from "../../../domain/vocabulary.js";
import { summarizeAnswer } from "../../../i18n/answer-summary.js";
import { formatDate, formatFileSize } from "../../../i18n/format.js";
import { type MaterialMeta, nameIn, type Questionnaire } from "../../../services/questionnaire.js";
import { pcb } from "../../../telegram/callbacks/process.js";
import { cb } from "../../../telegram/callbacks/questionnaire.js";
import { escapeHtml, MESSAGE_LIMIT, packBlocks, visibleLength } from "../../../telegram/html.js";

export type T = (key: string, vars?: Record<string, string | number>) => string;

export function statusLabel(
  t: T,
  q: { status: string | null; answered: number; dueOn?: string },
  today?: string,
): string {
  // past the due date and not delivered: overdue, with how far it got
  if (today && q.dueOn && progressState(stateOf(q), q.dueOn, today) === "overdue") {
    const progress =
      q.answered > 0
        ? t("status-in-progress", { answered: q.answered, total: QUESTION_COUNT })
        : "";
    return progress ? `${t("status-overdue")}, ${progress}` : t("status-overdue");
  }
  switch (q.status) {
    case "submitted":
      return t("status-submitted");
    case "returned":
      return t("status-returned");
    case "accepted":
      return t("status-accepted");
    default:
      return q.answered > 0
        ? t("status-in-progress", { answered: q.answered, total: QUESTION_COUNT })
        : t("status-not-started");
  }
}

/**
 * What replaces a question's keyboard once a button was pressed: the chosen answer, on an inert
 * button (the others are spent, so a second tap cannot act twice).
 */
export function chosenKeyboard(
  t: T,
  draft: Draft,
  buttonId: string,
  /** matches no action, so a press is stale; it still says what the prompt asked */
  data: string,
): InlineKeyboard | undefined {
  const view = stepView(draft, { lastYear: 0 });
  const b = view.buttons.find((x) => x.id === buttonId);
  return b ? new InlineKeyboard().text(`✓ ${t(b.labelKey)}`, data) : undefined;
}

/** Buttons Telegram allows on one message, keeping room for nothing else. */
const HOME_MAX_BUTTONS = 100;

/** The row's status as the progress rules read it (null: not started yet). */
function stateOf(q: { status: string | null; answered: number }) {
  const status = RESPONSE_STATUSES.find((s) => s === q.status) ?? null;
  return { status, answered: q.answered };
}

export function homeView(t: T, locale: Locale, list: AssignedQuestionnaire[], today: string) {
  if (list.length === 0) return { text: t("home-empty"), keyboard: undefined };
  const name = (q: AssignedQuestionnaire) => (locale === "kk" ? q.serviceNameKk : q.serviceNameRu);
  const head = [t("home-title"), ""];
  const tail = ["", t("home-pick")];
  // as many lines as fit in one message; the rest are counted (each still has its button)
  const budget = MESSAGE_LIMIT - visibleLength([...head, ...tail].join("\n")) - 100;
  const lines: string[] = [];
  let used = 0;
  for (const [i, q] of list.entries()) {
    const line = t("home-item", {
      n: i + 1,
      service: escapeHtml(clip(name(q), 150)),
      status: statusLabel(t, q, today),
      due: formatDate(toLocalDate(q.dueOn), locale),
    });
    if (used + visibleLength(line) + 1 > budget) {
      lines.push(t("home-more", { count: list.length - i }));
      break;
    }
    lines.push(line);
    used += visibleLength(line) + 1;
  }
  const keyboard = new InlineKeyboard();
  for (const [i, q] of list.slice(0, HOME_MAX_BUTTONS).entries()) {
    keyboard.text(`${i + 1}. ${clip(name(q), 40)}`, cb.open(q.assignmentId)).row();
  }
  return { text: [...head, ...lines, ...tail].join("\n"), keyboard };
}

/** The message for one step of one question. */
export function stepMessage(
  t: T,
  locale: Locale,
  info: Questionnaire,
  draft: Draft,
  view: StepView,
  stepIndex: number,
) {
  // a long stored answer is shown shorter and shorter until the message fits (it is kept whole)
  for (const max of CLIP_STEPS) {
    const msg = stepMessageWithin(t, locale, info, draft, view, stepIndex, max);
    if (visibleLength(msg.text) <= MESSAGE_LIMIT || max === CLIP_STEPS.at(-1)) return msg;
  }
  throw new Error("unreachable");
}

/** How long a shown answer or justification may be, tried in turn until the message fits. */
const CLIP_STEPS = [1500, 800, 300] as const;

/** `s` cut to `max` characters with a note that the full text is kept. */
function clipNote(t: T, s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}… ${t("review-clipped")}` : s;
}

function stepMessageWithin(
  t: T,
  locale: Locale,
  info: Questionnaire,
  draft: Draft,
  view: StepView,
  stepIndex: number,
  max: number,
) {
  const q = getQuestion(draft.no);
  const existing = info.answers[draft.no];
  const entry = stepIndex === 0;
  const parts = [
    t("qn-header", { service: escapeHtml(nameIn(info.service, locale)) }),
    t("q-progress", { no: draft.no, total: QUESTION_COUNT }),
    "",
    `<b>${draft.no}. ${escapeHtml(t(q.titleKey))}</b>`,
    t(view.promptKey, view.vars),
  ];
  const canKeep =
    (entry && !!existing?.value) || (view.step === "justification" && !!existing?.justification);
  if (entry && existing?.value) {
    parts.push(
      "",
      t("qn-current", {
        answer: escapeHtml(clipNote(t, summarizeAnswer(draft.no, existing.value, t, locale), max)),
      }),
    );
  }
  if (view.step === "justification" && existing?.justification) {
    parts.push(
      "",
      t("qn-current-justification", {
        text: escapeHtml(clipNote(t, existing.justification, max)),
      }),
    );
  }
  const kb = new InlineKeyboard();
  for (const b of view.buttons)
    kb.text(t(b.labelKey), cb.answer(info.responseId, draft.no, stepIndex, b.id));
  if (view.buttons.length) kb.row();
  // every button names the step, so the prompt carries what it asks
  const nav = (n: "keep" | "back" | "exit") => cb.nav(info.responseId, draft.no, n, stepIndex);
  if (canKeep) kb.text(t("btn-keep"), nav("keep")).row();
  kb.text(t("btn-back"), nav("back"));
  kb.text(t("btn-save-exit"), nav("exit"));
  return { text: parts.join("\n"), keyboard: kb };
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function materialLine(t: T, locale: Locale, m: MaterialMeta | undefined): string {
  if (!m) return t("review-material-none");
  if (!m.fileName) return t("review-material-text", { chars: m.text?.length ?? 0 });
  return t("review-material-file", {
    name: escapeHtml(m.fileName),
    size: formatFileSize(m.size ?? 0, locale),
  });
}

/**
 * The review: every answer with its justification, split into messages under
 * Telegram's limit; the last message carries the edit/attach/submit buttons.
 */
export function reviewMessages(t: T, locale: Locale, info: Questionnaire) {
  const editable = isEditable(info.status);
  const title = t("review-title", { service: escapeHtml(clip(nameIn(info.service, locale), 300)) });
  // the title goes on every part; leave room for it and the part marker
  const blockLimit = MESSAGE_LIMIT - title.length - 40;
  const blocks: string[] = [];
  for (let no = 1; no <= QUESTION_COUNT; no++) {
    const q = getQuestion(no);
    const a = info.answers[no];
    const block = (max: number) =>
      t("review-item", {
        n: no,
        title: escapeHtml(t(q.titleKey)),
        answer: a?.value
          ? escapeHtml(clipNote(t, summarizeAnswer(no, a.value, t, locale), max))
          : t("review-missing"),
        justification: a?.justification
          ? escapeHtml(clipNote(t, a.justification, max))
          : t("review-missing"),
      });
    // every answer validation accepts must fit: whole when it can, else clipped (kept whole in the database)
    let text = block(Number.POSITIVE_INFINITY);
    for (const max of CLIP_STEPS) {
      if (visibleLength(text) <= blockLimit) break;
      text = block(max);
    }
    blocks.push(text);
  }
  blocks.push(
    t("review-materials", {
      note: materialLine(
        t,
        locale,
        info.materials.find((m) => m.kind === "note"),
      ),
      proposals: materialLine(
        t,
        locale,
        info.materials.find((m) => m.kind === "proposals"),
      ),
    }),
  );
  blocks.push(t("review-process", { done: info.processDone, total: PROCESS_ITEM_COUNT }));
  if (info.status === "returned" && info.returnComment) {
    blocks.unshift(
      t("qn-returned", {
        service: escapeHtml(nameIn(info.service, locale)),
        comment: escapeHtml(info.returnComment),
      }),
    );
  }
  if (editable) blocks.push(t("review-edit-hint"));
  else blocks.push(statusLabel(t, { status: info.status, answered: info.answered }));

  const bodies = packBlocks(blocks, blockLimit);
  const messages = bodies.map((body, i) =>
    bodies.length > 1
      ? `${title} ${t("review-part", { part: i + 1, parts: bodies.length })}\n\n${body}`
      : `${title}\n\n${body}`,
  );

  const kb = new InlineKeyboard();
  if (editable) {
    for (let no = 1; no <= QUESTION_COUNT; no++) {
      kb.text(
        `${isComplete(info.answers[no]) ? "" : "• "}${t("btn-edit", { n: no })}`,
        cb.edit(info.responseId, no),
      );
      if (no % 5 === 0) kb.row();
    }
    kb.row();
    kb.text(t("btn-attach-note"), cb.review(info.responseId, "note")).row();
    kb.text(t("btn-add-proposals"), cb.review(info.responseId, "prop")).row();
    const open = t("btn-p-open", { done: info.processDone, total: PROCESS_ITEM_COUNT });
    kb.text(open, pcb.action(info.responseId, "open")).row();
    kb.text(t("btn-submit"), cb.review(info.responseId, "submit")).row();
  }
  kb.text(t("btn-my-questionnaires"), cb.home());
  return { messages, keyboard: kb, missing: missingQuestions(info.answers) };
}
