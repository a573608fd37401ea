/** One response as a DOCX: the Appendix 2 table, printable (A4, table with borders). */
import {
  AlignmentType,
  Document,
  TableRow as DocxRow,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TextRun,
  WidthType,
} from "docx";
import type { TableRow } from "./questionnaire-table.js";

export interface DocxMeta {
  title: string;
  subtitle: string[];
  columns: [string, string, string, string];
}

function cell(text: string, opts: { bold?: boolean; width: number }) {
  return new TableCell({
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    children: text
      .split("\n")
      .map(
        (line) =>
          new Paragraph({ children: [new TextRun({ text: line, bold: opts.bold, size: 22 })] }),
      ),
  });
}

export async function questionnaireDocx(meta: DocxMeta, rows: TableRow[]): Promise<Uint8Array> {
  const widths = [6, 30, 32, 32];
  const header = new DocxRow({
    tableHeader: true,
    children: meta.columns.map((h, i) => cell(h, { bold: true, width: widths[i] ?? 25 })),
  });
  const body = rows.map(
    (r) =>
      new DocxRow({
        cantSplit: true,
        children: [String(r.no), r.name, r.param, r.justification].map((v, i) =>
          cell(v, { width: widths[i] ?? 25 }),
        ),
      }),
  );
  const doc = new Document({
    creator: "gov-services-review",
    title: meta.title,
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 850 } },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: meta.title, bold: true, size: 28 })],
          }),
          ...meta.subtitle.map(
            (s) =>
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: s, size: 22 })],
              }),
          ),
          new Paragraph({ children: [] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
