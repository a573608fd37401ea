/** The responses list: a campaign's classified rows filtered, sorted and cut into pages. */
import { PROGRESS_STATES, type ProgressState } from "../../src/domain/progress.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { nameOf } from "../lib.js";
import type { ClassifiedRow } from "../services/progress.js";

export const PAGE_SIZE = 100;

export type ResponseSort = "code" | "service" | "agency" | "state" | "answered" | "submitted";

export interface ListFilter {
  q?: string;
  state?: ProgressState;
  agency?: number;
  sort?: ResponseSort;
  dir?: "asc" | "desc";
}

export function filterResponses(
  all: ClassifiedRow[],
  q: ListFilter,
  locale: Locale,
): ClassifiedRow[] {
  let rows = all;
  if (q.state) rows = rows.filter((r) => r.state === q.state);
  if (q.agency) rows = rows.filter((r) => r.agencyId === q.agency);
  if (q.q) {
    const n = q.q.toLowerCase();
    rows = rows.filter(
      (r) =>
        r.registryCode.toLowerCase().includes(n) ||
        r.serviceNameKk.toLowerCase().includes(n) ||
        r.serviceNameRu.toLowerCase().includes(n) ||
        r.agencyNameRu.toLowerCase().includes(n) ||
        r.agencyNameKk.toLowerCase().includes(n),
    );
  }
  const sort = q.sort ?? "code";
  const sign = q.dir === "desc" ? -1 : 1;
  const order = PROGRESS_STATES as readonly string[];
  const service = (r: ClassifiedRow) =>
    nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale);
  const agency = (r: ClassifiedRow) =>
    nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale);
  return [...rows].sort((x, y) => {
    const v =
      sort === "code"
        ? x.registryCode.localeCompare(y.registryCode)
        : sort === "service"
          ? service(x).localeCompare(service(y), locale)
          : sort === "agency"
            ? agency(x).localeCompare(agency(y), locale)
            : sort === "state"
              ? order.indexOf(x.state) - order.indexOf(y.state)
              : sort === "answered"
                ? x.answered - y.answered
                : (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0);
    return v * sign;
  });
}
