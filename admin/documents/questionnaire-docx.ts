/** One response as a DOCX: the Appendix 2 table, printable (A4, table with borders), then its materials. */
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
  /** the other materials after the table (heading, then "label: text" paragraphs) */
  materials?: { heading: string; lines: { label: string; text: string }[] };
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
          ...materialParagraphs(meta.materials),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function materialParagraphs(m: DocxMeta["materials"]): Paragraph[] {
  if (!m || m.lines.length === 0) return [];
  return [
    new Paragraph({ children: [] }),
    new Paragraph({ children: [new TextRun({ text: m.heading, bold: true, size: 24 })] }),
    ...m.lines.flatMap((l) => {
      const [first = "", ...rest] = l.text.split("\n");
      return [
        new Paragraph({
          children: [
            new TextRun({ text: `${l.label}: `, bold: true, size: 22 }),
            new TextRun({ text: first, size: 22 }),
          ],
        }),
        ...rest.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 22 })] })),
      ];
    }),
  ];
}
