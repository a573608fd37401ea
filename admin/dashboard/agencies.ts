/** The dashboard's per-agency table and chart axis, computed from a campaign's progress rows. */
import type { CampaignRow, ProgressRow } from "../../src/db/repositories/campaigns.js";
import {
  doneShare,
  emptyCounts,
  type ProgressState,
  type StateCounts,
} from "../../src/domain/progress.js";
import { addDays, localDate, toLocalDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { nameOf } from "../lib.js";
import type { ClassifiedRow } from "../services/progress.js";

export interface AgencyProgress {
  id: number;
  code: string;
  name: string;
  counts: StateCounts;
}

export type AgencySort = "name" | "total" | "done" | "overdue";

/** Rows grouped per agency, filtered by name/code and state, sorted by a column. */
export function agencyProgress(
  rows: ClassifiedRow[],
  locale: Locale,
  q: { q?: string; state?: ProgressState; sort?: AgencySort; dir?: "asc" | "desc" },
): AgencyProgress[] {
  const byAgency = new Map<number, AgencyProgress>();
  for (const r of rows) {
    let g = byAgency.get(r.agencyId);
    if (!g) {
      g = {
        id: r.agencyId,
        code: r.agencyCode,
        name: nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale),
        counts: emptyCounts(),
      };
      byAgency.set(r.agencyId, g);
    }
    g.counts[r.state]++;
    g.counts.total++;
  }
  let agencies = [...byAgency.values()];
  if (q.q) {
    const needle = q.q.toLowerCase();
    agencies = agencies.filter(
      (g) => g.name.toLowerCase().includes(needle) || g.code.toLowerCase().includes(needle),
    );
  }
  const state = q.state;
  if (state) agencies = agencies.filter((g) => g.counts[state] > 0);
  const key = q.sort ?? "name";
  const sign = q.dir === "desc" ? -1 : 1;
  // one collator: localeCompare(…, locale) builds a new one for every comparison
  const byName = new Intl.Collator(locale).compare;
  return agencies.sort((x, y) => {
    const v =
      key === "name"
        ? byName(x.name, y.name)
        : key === "total"
          ? x.counts.total - y.counts.total
          : key === "done"
            ? doneShare(x.counts) - doneShare(y.counts)
            : x.counts.overdue - y.counts.overdue;
    return v * sign;
  });
}

/** The chart's days: from the list's sending (or the first submission) to the due date or today. */
export function chartDays(
  campaign: CampaignRow,
  today: string,
  rows: ProgressRow[],
  tz: string,
): string[] {
  const start =
    campaign.listSentOn ??
    rows.reduce<string | null>((m, r) => {
      const d = r.submittedAt ? localDate(r.submittedAt, tz) : null;
      return d && (!m || d < m) ? d : m;
    }, null) ??
    localDate(campaign.createdAt, tz);
  const end = campaign.dueOn > today ? campaign.dueOn : today;
  const days: string[] = [];
  let d = toLocalDate(start);
  for (let i = 0; i < 400 && d <= end; i++) {
    days.push(d);
    d = addDays(d, 1);
  }
  return days;
}
