/**
 * A roadmap in the layout of Appendix 3 to the Rules (000 / 002), as DOCX (landscape A4) in kk or
 * ru. Loaded on first use, like the agenda.
 */

import type { RoadmapView } from "../../src/db/repositories/roadmaps.js";
import { ROADMAP_ACTIVITY_KEYS, ROADMAP_ACTIVITY_NOS } from "../../src/domain/agenda.js";
import type { LocalDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { type Translations, translator } from "../../src/i18n/index.js";
import { packDocument, para, table } from "./docx-blocks.js";

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

/** The layout; texts come translated. */
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

/** The roadmap `r` in `lang`. */
export async function buildRoadmapDocx(
  i18n: Translations,
  r: RoadmapView,
  lang: Locale,
): Promise<Uint8Array> {
  const t = translator(i18n, lang);
  const byNo = new Map(r.activities.map((x) => [x.no, x]));
  const name = (kk: string, ru: string) => (lang === "kk" ? kk : ru);
  return roadmapDocx({
    appendix: t("roadmap-appendix"),
    approved: [t("roadmap-approved-block")],
    title: t("roadmap-title"),
    service: name(r.serviceNameKk, r.serviceNameRu),
    responsible: t("roadmap-responsible-line", { agency: name(r.agencyNameKk, r.agencyNameRu) }),
    agreed: [
      t("roadmap-agreed-head"),
      t("roadmap-agreed-informatization"),
      t("roadmap-agreed-interested"),
    ],
    columns: [
      t("roadmap-col-no"),
      t("roadmap-col-name"),
      t("roadmap-col-responsible"),
      t("roadmap-col-deadline"),
      t("roadmap-col-form"),
    ],
    rows: ROADMAP_ACTIVITY_NOS.map((no) => {
      const x = byNo.get(no);
      return {
        no,
        name: t(ROADMAP_ACTIVITY_KEYS[no]),
        responsible: x?.responsible ?? "",
        deadline: x?.deadline ? formatDate(x.deadline as LocalDate, lang) : "",
        form: x?.completionForm ?? "",
      };
    }),
  });
}
