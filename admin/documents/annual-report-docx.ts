/**
 * The annual report draft as DOCX (A4 portrait) in kk or ru: the blocks of
 * annual-report-layout.ts as paragraphs and bordered tables. Loaded on first use (docx is large).
 */
import type { AnnualReport } from "../../src/domain/annual-report.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { type Translations, translator } from "../../src/i18n/index.js";
import { type ReportAgency, reportLayout } from "./annual-report-layout.js";
import { packDocument, para, table } from "./docx-blocks.js";

export async function buildAnnualReportDocx(
  i18n: Translations,
  report: AnnualReport,
  agency: ReportAgency,
  lang: Locale,
): Promise<Uint8Array> {
  const { title, blocks } = reportLayout(report, agency, translator(i18n, lang), lang);
  return packDocument(
    title,
    blocks.map((b) =>
      b.kind === "table"
        ? table(b.columns, b.rows, b.widths)
        : para(b.text, {
            bold: b.bold,
            center: b.center,
            right: b.right,
            size: b.heading === 1 ? 28 : undefined,
            spacingAfter: 160,
          }),
    ),
    agency === null, // the summary by state body is wide: landscape
  );
}
