/** A roadmap in the layout of Appendix 3 to the Rules (000 / 002), as DOCX (landscape A4). */
import { packDocument, para, table } from "./agenda-docx.js";

export interface RoadmapDocxInput {
  /** "Приложение 3 к Правилам оптимизации и автоматизации государственных услуг" */
  appendix: string;
  /** "УТВЕРЖДЕНО" block lines */
  approved: string[];
  title: string;
  service: string;
  responsible: string;
  /** the three "СОГЛАСОВАНО" blocks */
  agreed: string[];
  columns: [string, string, string, string, string];
  rows: { no: number; name: string; responsible: string; deadline: string; form: string }[];
}

export async function roadmapDocx(r: RoadmapDocxInput): Promise<Uint8Array> {
  return packDocument(
    r.title,
    [
      para(r.appendix, { right: true, spacingAfter: 120 }),
      para(r.approved.join("\n"), { right: true, spacingAfter: 200 }),
      para(r.title, { bold: true, center: true, size: 28 }),
      para(`«${r.service}»`, { bold: true, center: true, spacingAfter: 120 }),
      para(r.responsible, { spacingAfter: 200 }),
      ...r.agreed.map((a) => para(a, { spacingAfter: 160 })),
      table(
        r.columns,
        r.rows.map((x) => [String(x.no), x.name, x.responsible, x.deadline, x.form]),
        [6, 38, 22, 14, 20],
      ),
    ],
    true,
  );
}
