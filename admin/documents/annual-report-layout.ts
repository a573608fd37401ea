/**
 * The annual report draft laid out as the template's sections (003, Appendix 2: 1.3 and 3.1), in
 * one language, as plain blocks (paragraphs and tables): the DOCX and the admin page render the
 * same blocks, so what the secretary reads is what Word opens.
 */
import { type ActivityNo, ROADMAP_ACTIVITY_KEYS } from "../../src/domain/agenda.js";
import {
  ACTIVITY_STATES,
  type AnnualReport,
  type ReportService,
  ROADMAP_OUTCOMES,
} from "../../src/domain/annual-report.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate, formatDuration, formatNumber } from "../../src/i18n/format.js";
import type { Translate } from "../../src/i18n/index.js";

export type ReportBlock =
  | { kind: "p"; text: string; bold?: boolean; center?: boolean; right?: boolean; heading?: 1 | 2 }
  | { kind: "table"; id: string; columns: string[]; rows: string[][]; widths: number[] };

export interface ReportLayout {
  title: string;
  blocks: ReportBlock[];
}

/** The agency the report is of (null: the authorized body, every state body). */
export type ReportAgency = { nameKk: string; nameRu: string } | null;

const ACTIVITY_STATE_KEYS = {
  "done-on-time": "roadmap-act-done-on-time",
  "done-late": "roadmap-act-done-late",
  pending: "roadmap-act-pending",
  overdue: "roadmap-act-overdue",
  unplanned: "roadmap-act-unplanned",
} as const;

export function reportLayout(
  r: AnnualReport,
  agency: ReportAgency,
  t: Translate,
  lang: Locale,
): ReportLayout {
  const year = String(r.year);
  const num = (n: number) => formatNumber(n, lang);
  const name = (x: { nameKk: string; nameRu: string }) => (lang === "kk" ? x.nameKk : x.nameRu);
  const service = (s: ReportService) => name({ nameKk: s.serviceNameKk, nameRu: s.serviceNameRu });
  const agencyOf = (s: ReportService) => name({ nameKk: s.agencyNameKk, nameRu: s.agencyNameRu });
  const all = agency === null;
  const decision = (d: string | null) => t(`decision-${d ?? "none"}`);
  const title = t("report-title", { year });
  const blocks: ReportBlock[] = [
    { kind: "p", text: t("report-draft"), right: true },
    { kind: "p", text: title, bold: true, center: true, heading: 1 },
    {
      kind: "p",
      text: all ? t("report-all-agencies") : t("report-agency", { agency: name(agency) }),
      center: true,
    },
    { kind: "p", text: t("report-basis", { date: formatDate(r.asOf, lang) }) },
    // ── 1. General provisions, 3) the most demanded services
    { kind: "p", text: t("report-section-1"), bold: true, heading: 2 },
    { kind: "p", text: t("report-section-1-3"), bold: true },
  ];
  if (r.demand.top.length) {
    blocks.push(
      {
        kind: "p",
        text: t("report-demand-intro", {
          year,
          shown: r.demand.top.length,
          total: r.demand.all.length,
        }),
      },
      {
        kind: "table",
        id: "demand",
        columns: [
          t("report-col-no"),
          t("report-col-service"),
          ...(all ? [t("report-col-agency")] : []),
          t("report-col-code"),
          t("report-col-count", { year }),
        ],
        rows: r.demand.top.map((l) => [
          String(l.rank),
          service(l),
          ...(all ? [agencyOf(l)] : []),
          l.registryCode,
          num(l.count),
        ]),
        widths: all ? [6, 40, 24, 12, 18] : [6, 58, 16, 20],
      },
    );
  } else blocks.push({ kind: "p", text: t("report-demand-none", { year }) });

  // ── 3. Improving service processes, 1) results of automation
  const c = r.considered;
  blocks.push(
    { kind: "p", text: t("report-section-3"), bold: true, heading: 2 },
    { kind: "p", text: t("report-section-3-1"), bold: true },
    { kind: "p", text: t("report-considered", { year, count: c.services }) },
    {
      kind: "table",
      id: "decisions",
      columns: [t("report-col-decision"), t("report-col-services")],
      rows: (["recommended", "returned", "rejected", "none"] as const).map((d) => [
        t(`decision-${d}`),
        num(c.decisions[d]),
      ]),
      widths: [70, 30],
    },
    { kind: "p", text: t("report-roadmaps", { year, count: r.roadmaps.opened }) },
    {
      kind: "table",
      id: "roadmaps",
      columns: [t("roadmap-state-col"), t("report-col-roadmaps")],
      rows: ROADMAP_OUTCOMES.map((o) => [t(`report-outcome-${o}`), num(r.roadmaps.outcomes[o])]),
      widths: [70, 30],
    },
    { kind: "p", text: t("report-activities-intro", { date: formatDate(r.asOf, lang) }) },
    {
      kind: "table",
      id: "activities",
      columns: [
        t("report-col-no"),
        t("report-col-activity"),
        ...ACTIVITY_STATES.map((s) => t(ACTIVITY_STATE_KEYS[s])),
      ],
      rows: r.roadmaps.activities.map((a) => [
        String(a.no),
        t(ROADMAP_ACTIVITY_KEYS[a.no as ActivityNo]),
        ...ACTIVITY_STATES.map((s) => num(a.states[s])),
      ]),
      widths: [5, 35, 12, 12, 12, 12, 12],
    },
    { kind: "p", text: t("report-proposals-intro") },
  );
  const p = r.proposals;
  blocks.push({
    kind: "table",
    id: "proposals",
    columns: [t("report-col-proposal"), t("report-col-answered"), t("report-col-decided")],
    rows: (
      [
        ["report-prop-term", p.termReductions],
        ["report-prop-documents-services", p.documentsServices],
        ["report-prop-documents", p.documents],
        ["report-prop-electronic", p.electronic],
        ["report-prop-proactive", p.proactive],
      ] as const
    ).map(([key, v]) => [t(key), num(v.answered), num(v.decided)]),
    widths: [60, 20, 20],
  });
  if (all) {
    // the authorized body's summary by state body; the per-service lists are in the XLSX
    if (r.agencies.length)
      blocks.push(
        { kind: "p", text: t("report-agencies-title"), bold: true },
        {
          kind: "table",
          id: "agencies",
          columns: [
            t("report-col-agency"),
            t("report-col-considered"),
            t("report-col-recommended"),
            t("report-col-roadmaps"),
            t("report-col-on-time"),
            t("report-col-late"),
            t("report-col-terms"),
            t("report-col-docs"),
            t("report-col-electronic"),
            t("report-col-proactive"),
          ],
          rows: r.agencies.map((l) => [
            name({ nameKk: l.agencyNameKk, nameRu: l.agencyNameRu }),
            ...[
              l.considered,
              l.recommended,
              l.roadmaps,
              l.onTime,
              l.late,
              l.termReductions,
              l.documents,
              l.electronic,
              l.proactive,
            ].map(num),
          ]),
          widths: [19, 9, 9, 9, 9, 9, 9, 9, 9, 9],
        },
      );
    blocks.push({ kind: "p", text: t("report-details-in-xlsx") });
    return { title, blocks };
  }
  if (p.terms.length) {
    blocks.push(
      { kind: "p", text: t("report-terms-title"), bold: true },
      {
        kind: "table",
        id: "terms",
        columns: [t("report-col-service"), t("report-col-term"), t("report-col-decision")],
        rows: p.terms.map((x) => [
          service(x),
          `${formatDuration(x.current, t, lang)} → ${formatDuration(x.target, t, lang)}`,
          decision(x.decision),
        ]),
        widths: [50, 28, 22],
      },
    );
  }
  if (p.excluded.length) {
    blocks.push(
      { kind: "p", text: t("report-docs-title"), bold: true },
      {
        kind: "table",
        id: "documents",
        columns: [
          t("report-col-service"),
          t("report-col-documents"),
          t("report-col-count-docs"),
          t("report-col-decision"),
        ],
        rows: p.excluded.map((x) => [
          service(x),
          [
            ...x.items,
            ...(x.reduction
              ? [t("report-docs-reduction", { from: x.reduction.from, to: x.reduction.to })]
              : []),
          ].join("\n"),
          num(x.count),
          decision(x.decision),
        ]),
        widths: [36, 36, 8, 20],
      },
    );
  }
  return { title, blocks };
}
