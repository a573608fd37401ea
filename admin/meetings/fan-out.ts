/**
 * TEMPORARY: the Telegram fan-out of the agenda (to members) and of an opened roadmap (to the
 * agency's officials), and the digest line, until src/notifications holds them.
 */
import { loadCalendar } from "../../src/db/repositories/meetings.js";
import type { AnswerDigest } from "../../src/domain/agenda.js";
import { agendaLines } from "../../src/domain/agenda.js";
import { formatNumber } from "../../src/domain/answers.js";
import { isLateForMaterials, materialsDeadline } from "../../src/domain/deadlines.js";
import { formatDate, type LocalDate, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { translator } from "../../src/i18n/index.js";
import { meetingClock } from "../../src/services/meetings.js";
import { rmCb } from "../../src/telegram/callbacks/roadmap.js";
import { escapeHtml } from "../../src/telegram/html.js";
import type { AdminDeps } from "../context.js";

/** The digest of a questionnaire as one line. */
export function digestLine(
  d: AnswerDigest,
  t: (k: string, v?: Record<string, string | number>) => string,
  locale: Locale,
): string {
  const parts: string[] = [];
  if (d.demand)
    parts.push(
      t("agenda-digest-demand", {
        year: String(d.demand.year),
        count: formatNumber(d.demand.count, locale),
      }),
    );
  if (d.yes.length)
    parts.push(
      t("agenda-digest-yes", { flags: d.yes.map((f) => t(`agenda-flag-${f}`)).join(", ") }),
    );
  if (d.partly.length)
    parts.push(
      t("agenda-digest-partly", { flags: d.partly.map((f) => t(`agenda-flag-${f}`)).join(", ") }),
    );
  if (!d.yes.length && !d.partly.length) parts.push(t("agenda-digest-none"));
  return parts.join(" · ");
}

export interface SendReport {
  sent: string[];
  blocked: string[];
  unlinked: string[];
  failed: string[];
  late: boolean;
  deadline: LocalDate;
}

/** Sends every member the agenda (text + DOCX in their language) and the materials link. */
export async function sendAgendaToMembers(
  a: AdminDeps,
  meetingId: number,
): Promise<SendReport | undefined> {
  const repo = a.deps.repos.meetings;
  const m = await repo.byId(meetingId);
  if (!m) return undefined;
  const items = await repo.items(meetingId);
  const members = await repo.members();
  const cal = await loadCalendar(a.deps.db);
  const now = a.deps.now();
  const today = localDate(now, a.deps.tz);
  const clock = meetingClock(m, a.deps.tz);
  const report: SendReport = {
    sent: [],
    blocked: [],
    unlinked: [],
    failed: [],
    late: isLateForMaterials(today, clock.date, cal),
    deadline: materialsDeadline(clock.date, cal),
  };
  const base = a.config.PUBLIC_URL ? a.config.PUBLIC_URL.replace(/\/$/, "") : "";
  const link = `${base}/meetings/${meetingId}`;
  const docs = new Map<Locale, Uint8Array>();
  const reached: { name: string; chatId: number; lang: Locale }[] = [];
  for (const member of members) {
    if (!member.telegramId) {
      report.unlinked.push(member.name);
      continue;
    }
    const lang = member.locale;
    const t = translator(a.deps.i18n, lang);
    const rows = agendaLines(clock.startMinutes, items, lang);
    const text = t("agenda-msg", {
      date: formatDate(clock.date, lang),
      time: clock.time,
      place: escapeHtml(m.place || "—"),
      items: rows.length
        ? rows
            .map((r) =>
              t("agenda-msg-item", {
                no: r.no,
                service: escapeHtml(r.service),
                agency: escapeHtml(r.agency),
                time: r.time,
              }),
            )
            .join("\n")
        : t("agenda-empty"),
      link: escapeHtml(link),
    });
    const r = await a.outbox.send({ chatId: member.telegramId, text, parseMode: "HTML" });
    if (!r.ok) {
      (r.reason === "blocked" ? report.blocked : report.failed).push(member.name);
      continue;
    }
    reached.push({ name: member.name, chatId: member.telegramId, lang });
  }
  // the files go in a second pass so the per-chat pacing of the outbox overlaps across members
  const { buildAgendaDocx } = await import("../documents/agenda-docx.js");
  for (const x of reached) {
    let doc = docs.get(x.lang);
    if (!doc) {
      doc = await buildAgendaDocx(a.deps, m, items, x.lang);
      docs.set(x.lang, doc);
    }
    const d = await a.outbox.sendDocument(x.chatId, {
      name: `agenda-${meetingId}-${x.lang}.docx`,
      content: doc,
    });
    if (d.ok) report.sent.push(x.name);
    else (d.reason === "blocked" ? report.blocked : report.failed).push(x.name);
  }
  await repo.update(meetingId, { sentToMembersAt: now });
  return report;
}

/** Tells the agency's officials (through the bot) that the roadmap is due by its date. */
export async function notifyRoadmapOpened(a: AdminDeps, roadmapId: number): Promise<number> {
  const repo = a.deps.repos.roadmaps;
  const r = await repo.byId(roadmapId);
  if (!r) return 0;
  const recipients = await repo.recipients(r.assignmentId, r.agencyId);
  let sent = 0;
  for (const p of recipients) {
    const t = translator(a.deps.i18n, p.locale);
    const res = await a.outbox.send({
      chatId: p.telegramId,
      parseMode: "HTML",
      text: t("roadmap-notify", {
        service: escapeHtml(p.locale === "kk" ? r.serviceNameKk : r.serviceNameRu),
        date: formatDate(r.dueOn as LocalDate, p.locale),
      }),
      // opens the roadmap in the bot (src/bot/features/roadmap), where the official fills it in
      replyMarkup: {
        inline_keyboard: [[{ text: t("rmbot-open"), callback_data: rmCb.open(r.id) }]],
      },
    });
    if (res.ok) sent++;
  }
  return sent;
}
