/** The officials list (who answers in Telegram), filterable by agency and reachability. */

import type { AgencyRow } from "../../../src/db/repositories/agencies.js";
import type { OfficialWithAgency } from "../../../src/db/repositories/officials.js";
import type { Page } from "../../../src/db/repositories/paging.js";
import { AgencyFilter } from "../../components/agency-filter.js";
import { Pager, SearchForm } from "../../components/pager.js";
import { useDateTime, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { nameOf } from "../../lib.js";

export function OfficialsPage(props: {
  found: Page<OfficialWithAgency>;
  agencies: AgencyRow[];
  q: { q?: string; agency?: number; reachable?: "yes" | "no"; page?: number };
}) {
  const t = useT();
  const locale = useLocale();
  const when = useDateTime();
  const { q, found } = props;
  return (
    <>
      <SearchForm action="/officials" q={q.q}>
        <AgencyFilter agencies={props.agencies} current={q.agency} />
        <select name="reachable" aria-label={t("admin-col-reachable")}>
          <option value="">{t("admin-col-reachable")}</option>
          <option value="yes" selected={q.reachable === "yes"}>
            {t("admin-yes")}
          </option>
          <option value="no" selected={q.reachable === "no"}>
            {t("admin-no")}
          </option>
        </select>
      </SearchForm>
      <Pager total={found.total} page={q.page} />
      <div class="scroll">
        <table>
          <TableHead
            cols={[
              "admin-col-name",
              "admin-col-agency",
              "admin-field-language",
              "admin-col-last-seen",
              "admin-col-reachable",
            ]}
          />
          <tbody>
            {found.rows.map((o) => (
              <tr>
                <td>
                  {o.fullName ?? `#${o.id}`}
                  {o.position ? <small> · {o.position}</small> : null}
                </td>
                <td>{nameOf({ nameKk: o.agencyNameKk, nameRu: o.agencyNameRu }, locale)}</td>
                <td>{o.locale ?? "—"}</td>
                <td>{when(o.lastSeenAt)}</td>
                <td>
                  {o.reachable ? (
                    t("admin-yes")
                  ) : (
                    <span class="badge s-overdue">
                      {t("admin-unreachable-since", { date: when(o.unreachableSince) })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager total={found.total} page={q.page} />
    </>
  );
}
