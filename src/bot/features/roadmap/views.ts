/**
 * How a roadmap looks in Telegram: pure functions from data to HTML and inline keyboards.
 * Every text typed by people (service names, responsible, completion form) is escaped.
 */
import { InlineKeyboard } from "grammy";
import {
  type ActivityNo,
  canOfficialEditRoadmap,
  ROADMAP_ACTIVITY_KEYS,
  ROADMAP_ACTIVITY_NOS,
} from "../../../domain/agenda.js";
import { toLocalDate } from "../../../domain/time.js";
import type { Locale } from "../../../domain/vocabulary.js";
import { formatDate } from "../../../i18n/format.js";
import { type RoadmapField, rmCb } from "../../../telegram/callbacks/roadmap.js";
import { escapeHtml } from "../../../telegram/html.js";
import type { RoadmapCard } from "./store.js";

export type T = (key: string, vars?: Record<string, string | number>) => string;

export interface View {
  text: string;
  keyboard?: InlineKeyboard;
}

const serviceOf = (r: RoadmapCard, locale: Locale) =>
  escapeHtml(locale === "kk" ? r.serviceNameKk : r.serviceNameRu);

function values(t: T, locale: Locale, a: RoadmapCard["activities"][number] | undefined): string[] {
  const none = t("rmbot-empty");
  return [
    `${t("rmbot-field-responsible")}: ${a?.responsible ? escapeHtml(a.responsible) : none}`,
    `${t("rmbot-field-deadline")}: ${a?.deadline ? formatDate(toLocalDate(a.deadline), locale) : none}`,
    `${t("rmbot-field-form")}: ${a?.completionForm ? escapeHtml(a.completionForm) : none}`,
  ];
}

const activityOf = (r: RoadmapCard, no: number) => r.activities.find((a) => a.no === no);

/** The whole roadmap: the five activities with their values; buttons to edit while in draft. */
export function roadmapView(t: T, locale: Locale, r: RoadmapCard): View {
  const head = [
    `🗺 <b>${serviceOf(r, locale)}</b>`,
    t("rmbot-due", { date: formatDate(toLocalDate(r.dueOn), locale) }),
    canOfficialEditRoadmap(r.status) ? t("rmbot-choose") : t("rmbot-read-only"),
  ].join("\n");
  const blocks = ROADMAP_ACTIVITY_NOS.map((no) =>
    [`<b>${no}. ${t(ROADMAP_ACTIVITY_KEYS[no])}</b>`, ...values(t, locale, activityOf(r, no))].join(
      "\n",
    ),
  );
  if (!canOfficialEditRoadmap(r.status)) return { text: [head, ...blocks].join("\n\n") };
  const keyboard = new InlineKeyboard();
  for (const no of ROADMAP_ACTIVITY_NOS) {
    keyboard.text(`${no}. ${t(ROADMAP_ACTIVITY_KEYS[no])}`, rmCb.activity(r.id, no)).row();
  }
  return { text: [head, ...blocks].join("\n\n"), keyboard };
}

/** One activity: its values and a button per field. */
export function activityView(t: T, locale: Locale, r: RoadmapCard, no: ActivityNo): View {
  const text = [
    `🗺 <b>${serviceOf(r, locale)}</b>`,
    `<b>${no}. ${t(ROADMAP_ACTIVITY_KEYS[no])}</b>`,
    ...values(t, locale, activityOf(r, no)),
    "",
    t("rmbot-choose-field"),
  ].join("\n");
  const keyboard = new InlineKeyboard()
    .text(t("rmbot-btn-responsible"), rmCb.field(r.id, no, "responsible"))
    .row()
    .text(t("rmbot-btn-deadline"), rmCb.field(r.id, no, "deadline"))
    .row()
    .text(t("rmbot-btn-form"), rmCb.field(r.id, no, "form"))
    .row()
    .text(t("rmbot-btn-back"), rmCb.open(r.id));
  return { text, keyboard };
}

/** The question for one field (with a way back to the activity). */
export function askView(t: T, r: RoadmapCard, no: ActivityNo, field: RoadmapField): View {
  const key = {
    responsible: "rmbot-ask-responsible",
    deadline: "rmbot-ask-deadline",
    form: "rmbot-ask-form",
  }[field];
  return {
    text: [`<b>${no}. ${t(ROADMAP_ACTIVITY_KEYS[no])}</b>`, t(key)].join("\n"),
    keyboard: new InlineKeyboard().text(t("btn-cancel"), rmCb.activity(r.id, no)),
  };
}
