/** The roadmaps dashboard: on time / late counts and the table (filtered by state). */

import type { RoadmapView } from "../../../src/db/repositories/roadmaps.js";
import { ROADMAP_ACTIVITY_NOS, type RoadmapState } from "../../../src/domain/agenda.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import { Pager, SearchForm } from "../../components/pager.js";
import { useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { nameOf } from "../../lib.js";

export function RoadmapListPage(p: {
  rows: { r: RoadmapView; state: RoadmapState | "closed" }[];
  found: number;
  total: number;
  onTime: number;
  late: number;
  q?: string;
  state?: RoadmapState;
  page?: number;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p class="actions">
        <a href="/roadmaps">{t("roadmap-filter-all", { count: p.total })}</a>
        <a href="/roadmaps?state=on-time">
          {t("roadmap-state-on-time")}: {p.onTime}
        </a>
        <a href="/roadmaps?state=late">
          {t("roadmap-state-late")}: {p.late}
        </a>
      </p>
      <SearchForm action="/roadmaps" q={p.q} hidden={{ state: p.state }} />
      {p.rows.length ? (
        <div class="scroll">
          <table id="roadmaps">
            <TableHead
              cols={[
                "agenda-col-service",
                "agenda-col-agency",
                "roadmap-decided-col",
                "roadmap-due-col",
                "meeting-status",
                "roadmap-progress-col",
                "roadmap-state-col",
              ]}
            />
            <tbody>
              {p.rows.map(({ r, state }) => (
                <tr data-state={state}>
                  <td>
                    <a href={`/roadmaps/${r.id}`}>
                      {nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}
                    </a>
                  </td>
                  <td>{nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}</td>
                  <td>{formatDate(r.decidedOn as LocalDate, locale)}</td>
                  <td>{formatDate(r.dueOn as LocalDate, locale)}</td>
                  <td>{t(`roadmap-status-${r.status}`)}</td>
                  <td>
                    {t("roadmap-progress", {
                      done: r.activities.filter((x) => x.doneAt).length,
                      total: ROADMAP_ACTIVITY_NOS.length,
                    })}
                  </td>
                  <td>
                    <span
                      class={`badge ${state === "late" ? "s-overdue" : state === "closed" ? "" : "s-submitted"}`}
                    >
                      {t(`roadmap-state-${state}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={p.found} page={p.page} />
        </div>
      ) : (
        <p>{t("roadmap-none")}</p>
      )}
    </>
  );
}
