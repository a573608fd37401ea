/**
 * The protocol of a held meeting as DOCX in kk or ru: attendance, quorum, decisions per item,
 * signatures (001 p.28). Loaded on first use, like the agenda.
 */

import type { AgendaItemView, MeetingRow } from "../../src/db/repositories/meetings.js";
import { agendaLines, hasQuorum, quorumNeeded } from "../../src/domain/agenda.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { translator } from "../../src/i18n/index.js";
import { meetingClock } from "../../src/services/meetings.js";
import type { DocumentDeps } from "./agenda-docx.js";
import { packDocument, para, table } from "./docx-blocks.js";

export interface ProtocolDocxInput {
  title: string;
  lines: string[];
  attendanceTitle: string;
  present: string[];
  quorumLine: string;
  agendaTitle: string;
  /** №, service, agency, decision, note */
  columns: [string, string, string, string, string];
  items: { no: number; service: string; agency: string; decision: string; note: string }[];
  /** "Председатель ____", "Секретарь ____" */
  signatures: string[];
}

/** The layout; texts come translated. */
export async function protocolDocx(p: ProtocolDocxInput): Promise<Uint8Array> {
  return packDocument(p.title, [
    para(p.title, { bold: true, center: true, size: 28, spacingAfter: 120 }),
    ...p.lines.map((l) => para(l, { center: true })),
    para(""),
    para(p.attendanceTitle, { bold: true }),
    ...p.present.map((name, i) => para(`${i + 1}. ${name}`)),
    para(p.quorumLine, { spacingAfter: 200 }),
    para(p.agendaTitle, { bold: true, spacingAfter: 120 }),
    table(
      p.columns,
      p.items.map((i) => [String(i.no), i.service, i.agency, i.decision, i.note]),
      [6, 34, 22, 16, 22],
    ),
    para(""),
    para(""),
    ...p.signatures.flatMap((s) => [para(s, { spacingAfter: 240 })]),
  ]);
}

/** The protocol of meeting `m` in `lang`; `members` are all the Commission's members. */
export async function buildProtocolDocx(
  d: DocumentDeps,
  m: MeetingRow,
  items: AgendaItemView[],
  members: readonly { id: number; name: string }[],
  lang: Locale,
): Promise<Uint8Array> {
  const t = translator(d.i18n, lang);
  const clock = meetingClock(m, d.tz);
  const present = members.filter((x) => (m.attendance ?? []).includes(x.id));
  const lines = agendaLines(clock.startMinutes, items, lang);
  return protocolDocx({
    title: t("protocol-title"),
    lines: [
      t("agenda-doc-when", { date: formatDate(clock.date, lang), time: clock.time }),
      t("agenda-doc-place", { place: m.place || "—" }),
    ],
    attendanceTitle: t("protocol-present"),
    present: present.map((x) => x.name),
    quorumLine: t(
      hasQuorum(present.length, members.length) ? "protocol-quorum-ok" : "protocol-quorum-no",
      {
        present: present.length,
        total: members.length,
        needed: quorumNeeded(members.length),
      },
    ),
    agendaTitle: t("protocol-agenda"),
    columns: [
      t("agenda-col-no"),
      t("agenda-col-service"),
      t("agenda-col-agency"),
      t("protocol-col-decision"),
      t("protocol-col-note"),
    ],
    items: items.map((i, k) => ({
      no: k + 1,
      service: lines[k]?.service ?? "",
      agency: lines[k]?.agency ?? "",
      decision: i.decision ? t(`decision-${i.decision}`) : t("decision-none"),
      note: i.decisionNote ?? "",
    })),
    signatures: [t("protocol-chair"), t("protocol-secretary")],
  });
}
