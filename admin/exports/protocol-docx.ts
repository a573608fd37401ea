/** The protocol of a held meeting (DOCX): attendance, quorum, decisions per item, signatures (001 p.28). */
import { packDocument, para, table } from "./agenda-docx.js";

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
