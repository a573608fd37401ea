/**
 * The rows under the annual report draft, as XLSX sheets: every service counted for section 1.3
 * (not only the top N), every service the Commission considered with its decision and the
 * proposals it answered, every roadmap opened with its outcome and the state of each activity.
 */
import {
  type ActivityNo,
  ROADMAP_ACTIVITY_KEYS,
  ROADMAP_ACTIVITY_NOS,
} from "../../src/domain/agenda.js";
import {
  type AnnualReport,
  REPORT_PROCESS_ITEMS,
  REPORT_PROPOSAL_QUESTIONS,
  type ReportService,
} from "../../src/domain/annual-report.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { summarizeProcessValue } from "../../src/i18n/answer-summary.js";
import type { Translate } from "../../src/i18n/index.js";
import { answerText, questionTitle } from "./questionnaire-table.js";
import type { Sheet } from "./sheet.js";

export function annualReportSheets(
  r: AnnualReport,
  t: Translate,
  lang: Locale,
): { name: string; sheet: Sheet }[] {
  const name = (kk: string, ru: string) => (lang === "kk" ? kk : ru);
  const head = [t("report-col-code"), t("report-col-service"), t("report-col-agency")];
  const cols = (s: ReportService) => [
    s.registryCode,
    name(s.serviceNameKk, s.serviceNameRu),
    name(s.agencyNameKk, s.agencyNameRu),
  ];
  const demand: Sheet = {
    header: [
      t("report-col-rank"),
      ...head,
      t("report-col-count", { year: String(r.year) }),
      t("report-col-campaign"),
      t("report-col-in-top"),
    ],
    rows: r.demand.all.map((l) => [
      l.rank,
      ...cols(l),
      l.count,
      l.campaignYear,
      t(l.rank <= r.topN ? "choice-yes" : "choice-no"),
    ]),
  };
  const considered: Sheet = {
    header: [
      ...head,
      t("report-col-meeting"),
      t("report-col-decision"),
      ...REPORT_PROPOSAL_QUESTIONS.map((no) => `${no}. ${questionTitle(no, t)}`),
      ...REPORT_PROCESS_ITEMS.map((no) => `${t("report-col-appendix1")}: ${t(`p-title-${no}`)}`),
    ],
    rows: r.considered.rows.map((c) => [
      ...cols(c),
      c.meetingDate,
      t(`decision-${c.decision ?? "none"}`),
      ...REPORT_PROPOSAL_QUESTIONS.map((no) => answerText(no, c.answers[no], t, lang)),
      ...REPORT_PROCESS_ITEMS.map((no) => {
        const v = c.process?.[no];
        return v ? summarizeProcessValue(no, v, t, lang) : "";
      }),
    ]),
  };
  const roadmaps: Sheet = {
    header: [
      ...head,
      t("roadmap-decided-col"),
      t("roadmap-due-col"),
      t("report-col-approved"),
      t("roadmap-state-col"),
      ...ROADMAP_ACTIVITY_NOS.map((no) => t(ROADMAP_ACTIVITY_KEYS[no as ActivityNo])),
    ],
    rows: r.roadmaps.rows.map((x) => [
      ...cols(x),
      x.decidedOn,
      x.dueOn,
      x.approvedOn ?? "",
      t(`report-outcome-${x.outcome}`),
      ...ROADMAP_ACTIVITY_NOS.map((no) => {
        const deadline = x.activities.find((y) => y.no === no)?.deadline;
        return `${t(`roadmap-act-${x.states[no - 1]}`)}${deadline ? ` (${deadline})` : ""}`;
      }),
    ]),
  };
  return [
    { name: t("report-sheet-demand"), sheet: demand },
    { name: t("report-sheet-considered"), sheet: considered },
    { name: t("report-sheet-roadmaps"), sheet: roadmaps },
  ];
}
