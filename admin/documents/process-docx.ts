/**
 * Appendix 1 of one service as a DOCX in the layout of the Rules: the appendix mark, the current
 * business process (its steps, the documents required, the consumers), the proposals, and the
 * proposed process with the documents that stay required. Texts come translated.
 */
import type { Paragraph } from "docx";
import { packDocument, para } from "./docx-blocks.js";
import type { ProcessRow } from "./process-table.js";

export interface ProcessDocxMeta {
  /** "Appendix 1 to the Rules of optimization and automation of public services" */
  mark: string;
  subtitle: string[];
  /** section headings and the labels of the layout */
  current: string;
  proposals: string;
  proposed: string;
  documents: string;
  consumers: string;
  none: string;
  diagram: string | null;
}

const numbered = (items: readonly string[]) => items.map((s, i) => para(`${i + 1}. ${s}`));

function listOf(row: ProcessRow | undefined, none: string): Paragraph[] {
  const v = row?.value;
  if (v?.type === "list") return numbered(v.items);
  if (v?.type === "none") return [para(none)];
  return [para("—")];
}

export async function processDocx(meta: ProcessDocxMeta, rows: ProcessRow[]): Promise<Uint8Array> {
  const row = (no: number) => rows.find((r) => r.no === no);
  const proposals = rows.filter((r) => r.section === "proposals");
  const gap = () => para("", { spacingAfter: 120 });
  return packDocument(meta.mark, [
    para(meta.mark, { right: true, spacingAfter: 240 }),
    ...meta.subtitle.map((s) => para(s, { center: true })),
    gap(),
    para(meta.current, { bold: true, center: true, spacingAfter: 120 }),
    ...listOf(row(1), meta.none),
    ...(meta.diagram ? [para(meta.diagram)] : []),
    gap(),
    para(`${meta.documents}:`, { bold: true }),
    ...listOf(row(2), meta.none),
    gap(),
    para(`${meta.consumers}: ${row(3)?.text || "—"}`),
    gap(),
    para(`${meta.proposals}:`, { bold: true }),
    ...proposals.map((r) => para(`- ${r.name}: ${r.text || "—"}`)),
    gap(),
    para(meta.proposed, { bold: true, center: true, spacingAfter: 120 }),
    ...listOf(row(15), meta.none),
    gap(),
    para(`${meta.documents}:`, { bold: true }),
    ...listOf(row(16), meta.none),
  ]);
}
