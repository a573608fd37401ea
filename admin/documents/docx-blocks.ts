/**
 * The DOCX building blocks of the Commission's documents (agenda, protocol, roadmap): paragraphs,
 * a bordered table, an A4 document (portrait or landscape). Texts come translated; nothing here
 * knows a language.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

export const FONT_SIZE = 24; // half-points: 12 pt

export function para(
  text: string,
  o: {
    bold?: boolean;
    center?: boolean;
    right?: boolean;
    size?: number;
    spacingAfter?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : o.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: o.spacingAfter ?? 0 },
    children: text.split("\n").map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: o.bold,
          size: o.size ?? FONT_SIZE,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  });
}

export function table(columns: string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i] ?? 20, type: WidthType.PERCENTAGE },
      children: text
        .split("\n")
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 22 })] })),
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i)) })),
    ],
  });
}

export async function packDocument(
  title: string,
  children: (Paragraph | Table)[],
  landscape = false,
): Promise<Uint8Array> {
  const doc = new Document({
    creator: "gov-services-review",
    title,
    sections: [
      {
        properties: {
          page: {
            size: landscape
              ? { orientation: "landscape" as const, width: 16838, height: 11906 }
              : undefined,
            margin: { top: 1134, bottom: 1134, left: 1418, right: 850 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
