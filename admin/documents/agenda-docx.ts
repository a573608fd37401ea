/**
 * The Commission's agenda as DOCX (A4, printable) in kk or ru: title, date/time/place, version,
 * numbered items with service, agency, speaker and time, and the total. Loaded on first use
 * (docx is heavy): callers `await import()` this module.
 */

import type { AgendaItemView, MeetingRow } from "../../src/db/repositories/meetings.js";
import { agendaLines, timePlan, totalMinutes } from "../../src/domain/agenda.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { type Translations, translator } from "../../src/i18n/index.js";
import { meetingClock } from "../../src/services/meetings.js";
import { packDocument, para, table } from "./docx-blocks.js";

/** What the documents need: the translations and the product's time zone (CoreDeps has both). */
export interface DocumentDeps {
  i18n: Translations;
  tz: string;
}

export interface AgendaDocxInput {
  /** e.g. "Повестка дня заседания Межведомственной комиссии…" */
  title: string;
  /** lines under the title: date and time, place, version */
  lines: string[];
  /** №, service, agency, speaker, time */
  columns: [string, string, string, string, string];
  items: { no: number; service: string; agency: string; speaker: string; time: string }[];
  /** total line, e.g. "Итого: 2 ч 30 мин" */
  footer?: string;
}

/** The layout; texts come translated. */
export async function agendaDocx(input: AgendaDocxInput): Promise<Uint8Array> {
  return packDocument(input.title, [
    para(input.title, { bold: true, center: true, size: 28, spacingAfter: 120 }),
    ...input.lines.map((l) => para(l, { center: true })),
    para(""),
    table(
      input.columns,
      input.items.map((i) => [String(i.no), i.service, i.agency, i.speaker, i.time]),
      [6, 40, 24, 18, 12],
    ),
    ...(input.footer ? [para(""), para(input.footer)] : []),
  ]);
}

/** The agenda of meeting `m` in `lang`. */
export async function buildAgendaDocx(
  d: DocumentDeps,
  m: MeetingRow,
  items: AgendaItemView[],
  lang: Locale,
): Promise<Uint8Array> {
  const t = translator(d.i18n, lang);
  const clock = meetingClock(m, d.tz);
  const rows = agendaLines(clock.startMinutes, items, lang);
  const lines = [
    t("agenda-doc-when", { date: formatDate(clock.date, lang), time: clock.time }),
    t("agenda-doc-place", { place: m.place || "—" }),
  ];
  if (m.agendaVersion > 0) lines.push(t("agenda-doc-version", { version: m.agendaVersion }));
  return agendaDocx({
    title: t("agenda-doc-title"),
    lines,
    columns: [
      t("agenda-col-no"),
      t("agenda-col-service"),
      t("agenda-col-agency"),
      t("agenda-col-speaker"),
      t("agenda-col-time"),
    ],
    items: rows,
    footer: items.length
      ? t("agenda-total", {
          minutes: totalMinutes(items),
          end: timePlan(clock.startMinutes, items).at(-1)?.end ?? "",
        })
      : undefined,
  });
}
