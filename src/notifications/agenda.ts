/**
 * The approved agenda to the Commission's members (001 p.30): a text in each member's language
 * with the items and their time plan and, when the panel's public address is known, the link to
 * the meeting's page; then the agenda DOCX itself (the materials, whatever the configuration). Each
 * approved version goes out once: src/services/meetings.ts claims it before calling this. The
 * report says who got it and who did not, and whether the 3-working-day materials deadline is
 * already past.
 */
import type { AgendaItemView, MeetingRow } from "../db/repositories/meetings.js";
import { agendaLines, hhmm } from "../domain/agenda.js";
import { isLateForMaterials, materialsDeadline } from "../domain/deadlines.js";
import { type LocalDate, localDate, localMinutesOfDay } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";
import { formatDate } from "../i18n/format.js";
import { translator } from "../i18n/index.js";
import { escapeHtml } from "../telegram/html.js";
import type { NotificationDeps } from "./deps.js";

export interface AgendaSendReport {
  sent: string[];
  blocked: string[];
  unlinked: string[];
  failed: string[];
  late: boolean;
  deadline: LocalDate;
}

/** Builds the agenda document of a meeting in one language (the admin panel's DOCX). */
export type AgendaDocument = (
  meeting: MeetingRow,
  items: AgendaItemView[],
  lang: Locale,
) => Promise<Uint8Array>;

/** The agenda message in `lang`. */
export function agendaText(
  deps: Pick<NotificationDeps, "i18n" | "tz">,
  m: MeetingRow,
  items: AgendaItemView[],
  lang: Locale,
  /** the meeting's page in the panel; undefined when no public address is known */
  link: string | undefined,
): string {
  const t = translator(deps.i18n, lang);
  const start = localMinutesOfDay(m.startsAt, deps.tz);
  // the same numbered lines as the agenda page and the DOCX
  const lines = agendaLines(start, items, lang).map((l) =>
    t("agenda-msg-item", {
      no: l.no,
      service: escapeHtml(l.service),
      agency: escapeHtml(l.agency),
      time: l.time,
    }),
  );
  const head = t("agenda-msg", {
    date: formatDate(localDate(m.startsAt, deps.tz), lang),
    time: hhmm(start),
    place: escapeHtml(m.place || "—"),
    items: lines.length ? lines.join("\n") : t("agenda-empty"),
  });
  // only an absolute link is any use in Telegram; without one the DOCX alone carries the agenda
  const parts = [head];
  if (link) parts.push(t("agenda-msg-link", { link: escapeHtml(link) }));
  parts.push(t("agenda-msg-docx"));
  return parts.join("\n");
}

/** Sends every member the agenda (text, the panel link when known, the DOCX in their language). */
export async function agendaToMembers(
  deps: NotificationDeps,
  meetingId: number,
  document: AgendaDocument,
): Promise<AgendaSendReport | undefined> {
  const { repos, notifier } = deps;
  const m = await repos.meetings.byId(meetingId);
  if (!m) return undefined;
  const items = await repos.meetings.items(meetingId);
  const members = await repos.meetings.members();
  const cal = await repos.calendar.load();
  const now = deps.now();
  const date = localDate(m.startsAt, deps.tz);
  const report: AgendaSendReport = {
    sent: [],
    blocked: [],
    unlinked: [],
    failed: [],
    late: isLateForMaterials(localDate(now, deps.tz), date, cal),
    deadline: materialsDeadline(date, cal),
  };
  const link = deps.panelUrl ? `${deps.panelUrl}/meetings/${meetingId}` : undefined;
  const record = (name: string, d: "blocked" | "failed" | "taken") =>
    (d === "blocked" ? report.blocked : report.failed).push(name);
  const reached: { name: string; chatId: number; lang: Locale }[] = [];
  for (const member of members) {
    if (!member.telegramId) {
      report.unlinked.push(member.name);
      continue;
    }
    const lang = member.locale;
    const text = agendaText(deps, m, items, lang, link);
    const d = await notifier.send(member.telegramId, { text, parseMode: "HTML" });
    if (d === "sent") reached.push({ name: member.name, chatId: member.telegramId, lang });
    else record(member.name, d);
  }
  // the files go in a second pass so the per-chat pacing of the outbox overlaps across members
  const docs = new Map<Locale, Uint8Array>();
  for (const x of reached) {
    let doc = docs.get(x.lang);
    if (!doc) {
      doc = await document(m, items, x.lang);
      docs.set(x.lang, doc);
    }
    const d = await notifier.sendDocument(x.chatId, {
      name: `agenda-${meetingId}-${x.lang}.docx`,
      content: doc,
    });
    if (d === "sent") report.sent.push(x.name);
    else record(x.name, d);
  }
  return report;
}
