/**
 * How Appendix 1 looks in Telegram: an item's step, the prefilled proposals to confirm, and the
 * review. Pure functions from data to HTML and keyboards; user text is escaped here.
 */
import { InlineKeyboard } from "grammy";
import { type Draft, type StepView, stepIndexOf } from "../../../domain/answers/steps.js";
import {
  getProcessItem,
  PROCESS_ITEM_COUNT,
  PROCESS_ITEMS,
  type ProcessSection,
  type ProcessValues,
} from "../../../domain/process.js";
import { isEditable } from "../../../domain/questionnaire.js";
import type { Locale } from "../../../domain/vocabulary.js";
import { summarizeProcessValue } from "../../../i18n/answer-summary.js";
import { formatFileSize } from "../../../i18n/format.js";
import { nameIn, type Questionnaire } from "../../../services/questionnaire.js";
import { pcb } from "../../../telegram/callbacks/process.js";
import { cb } from "../../../telegram/callbacks/questionnaire.js";
import { escapeHtml, MESSAGE_LIMIT, packBlocks, visibleLength } from "../../../telegram/html.js";
import type { T } from "../questionnaire/views.js";

const SECTION_KEYS: Readonly<Record<ProcessSection, string>> = {
  current: "p-section-current",
  proposals: "p-section-proposals",
  proposed: "p-section-proposed",
};

/** A long stored answer is shown clipped (it is kept whole). */
function clip(t: T, s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}… ${t("review-clipped")}` : s;
}

/** The message for one step of one Appendix 1 item. */
export function itemMessage(
  t: T,
  locale: Locale,
  info: Questionnaire,
  draft: Draft,
  view: StepView,
) {
  const item = getProcessItem(draft.no);
  const existing = info.process[draft.no];
  const stepIndex = stepIndexOf(draft);
  const entry = stepIndex === 0;
  const parts = [
    t("qn-header", { service: escapeHtml(nameIn(info.service, locale)) }),
    t("p-progress", { no: draft.no, total: PROCESS_ITEM_COUNT }),
    `<i>${escapeHtml(t(SECTION_KEYS[item.section]))}</i>`,
    "",
    `<b>${draft.no}. ${escapeHtml(t(item.titleKey))}</b>`,
    t(view.promptKey, view.vars),
  ];
  if (entry && existing) {
    const answer = summarizeProcessValue(draft.no, existing, t, locale);
    parts.push("", t("qn-current", { answer: escapeHtml(clip(t, answer, 1500)) }));
  }
  const kb = new InlineKeyboard();
  for (const b of view.buttons)
    kb.text(t(b.labelKey), pcb.answer(info.responseId, draft.no, stepIndex, b.id));
  if (view.buttons.length) kb.row();
  // every button names the step, so the prompt carries what it asks
  const nav = (n: "keep" | "back" | "exit") => pcb.nav(info.responseId, draft.no, n, stepIndex);
  if (entry && existing) kb.text(t("btn-keep"), nav("keep")).row();
  kb.text(t("btn-back"), nav("back"));
  kb.text(t("btn-save-exit"), nav("exit"));
  return { text: parts.join("\n"), keyboard: kb };
}

/** The proposals the questionnaire already answers, shown together to confirm or correct. */
export function prefillMessage(
  t: T,
  locale: Locale,
  info: Questionnaire,
  items: number[],
  prefills: ProcessValues,
) {
  const lines = items.map((no) => {
    const item = getProcessItem(no);
    return t("p-prefill-item", {
      n: no,
      title: escapeHtml(t(item.titleKey)),
      answer: escapeHtml(clip(t, summarizeProcessValue(no, prefills[no], t, locale), 300)),
      q: item.prefilledFrom ?? 0,
    });
  });
  const text = [
    t("qn-header", { service: escapeHtml(nameIn(info.service, locale)) }),
    "",
    t("p-prefill-title"),
    "",
    ...lines,
  ].join("\n");
  const kb = new InlineKeyboard().text(t("btn-p-confirm"), pcb.action(info.responseId, "confirm"));
  kb.row();
  for (const [i, no] of items.entries()) {
    kb.text(t("btn-p-correct", { n: no }), pcb.correct(info.responseId, no));
    if (i % 3 === 2) kb.row();
  }
  kb.row().text(t("btn-save-exit"), pcb.nav(info.responseId, 0, "exit"));
  return { text, keyboard: kb };
}

function diagramLine(t: T, locale: Locale, info: Questionnaire): string {
  const d = info.materials.find((m) => m.kind === "diagram");
  const shown = d?.fileName
    ? t("review-material-file", {
        name: escapeHtml(d.fileName),
        size: formatFileSize(d.size ?? 0, locale),
      })
    : t("review-material-none");
  return t("p-review-diagram", { diagram: shown });
}

/** Appendix 1 as the official checks it: sections, items, the diagram; edit buttons last. */
export function processReview(t: T, locale: Locale, info: Questionnaire) {
  const editable = isEditable(info.status);
  const title = t("p-review-title", {
    service: escapeHtml(nameIn(info.service, locale).slice(0, 300)),
  });
  const blockLimit = MESSAGE_LIMIT - title.length - 40;
  const blocks: string[] = [];
  let section: ProcessSection | undefined;
  for (const item of PROCESS_ITEMS) {
    const head =
      item.section !== section ? `<i>${escapeHtml(t(SECTION_KEYS[item.section]))}</i>\n` : "";
    section = item.section;
    const value = info.process[item.no];
    const block = (max: number) =>
      head +
      t("p-review-item", {
        n: item.no,
        title: escapeHtml(t(item.titleKey)),
        answer: value
          ? escapeHtml(clip(t, summarizeProcessValue(item.no, value, t, locale), max))
          : t("review-missing"),
      });
    let text = block(Number.POSITIVE_INFINITY);
    for (const max of [1500, 800, 300]) {
      if (visibleLength(text) <= blockLimit) break;
      text = block(max);
    }
    blocks.push(text);
  }
  blocks.push(diagramLine(t, locale, info));
  if (info.campaign.processOptional) blocks.push(t("p-review-optional"));
  if (editable) blocks.push(t("p-review-hint"));
  const bodies = packBlocks(blocks, blockLimit);
  const messages = bodies.map((body, i) =>
    bodies.length > 1
      ? `${title} ${t("review-part", { part: i + 1, parts: bodies.length })}\n\n${body}`
      : `${title}\n\n${body}`,
  );
  const kb = new InlineKeyboard();
  if (editable) {
    for (const item of PROCESS_ITEMS) {
      const mark = info.process[item.no] ? "" : "• ";
      kb.text(`${mark}${t("btn-edit", { n: item.no })}`, pcb.edit(info.responseId, item.no));
      if (item.no % 4 === 0) kb.row();
    }
    kb.row().text(t("btn-p-diagram"), pcb.action(info.responseId, "diagram")).row();
  }
  kb.text(t("btn-p-to-questionnaire"), cb.review(info.responseId, "show"));
  return { messages, keyboard: kb };
}
