/** The audit log page: filters, the table, the pager. */

import type { AuditRow } from "../../../src/db/repositories/audit.js";
import type { Page } from "../../../src/db/repositories/paging.js";
import { Pager } from "../../components/pager.js";
import { useDateTime, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";

export interface AuditFilters {
  actor?: string;
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
}

function json(v: unknown): string {
  if (v == null) return "";
  const s = JSON.stringify(v);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

export function AuditPage(props: { q: AuditFilters; found: Page<AuditRow>; size: number }) {
  const t = useT();
  const when = useDateTime();
  const { q } = props;
  return (
    <>
      <form method="get" action="/audit" class="filters">
        <input
          name="actor"
          value={q.actor ?? ""}
          placeholder={t("admin-col-who")}
          aria-label={t("admin-col-who")}
        />
        <input
          name="entity"
          value={q.entity ?? ""}
          placeholder={t("admin-col-entity")}
          aria-label={t("admin-col-entity")}
        />
        <input
          name="action"
          value={q.action ?? ""}
          placeholder={t("admin-col-action")}
          aria-label={t("admin-col-action")}
        />
        <input type="date" name="from" value={q.from ?? ""} aria-label={t("admin-filter-from")} />
        <input type="date" name="to" value={q.to ?? ""} aria-label={t("admin-filter-to")} />
        <button type="submit">{t("admin-filter-apply")}</button>
      </form>
      <Pager total={props.found.total} page={q.page} size={props.size} />
      <div class="scroll">
        <table>
          <TableHead
            cols={[
              "admin-col-when",
              "admin-col-who",
              "admin-col-action",
              "admin-col-entity",
              "admin-col-before",
              "admin-col-after",
            ]}
          />
          <tbody>
            {props.found.rows.map((r) => (
              <tr>
                <td>{when(r.at)}</td>
                <td>{r.actor}</td>
                <td>{r.action}</td>
                <td>
                  {r.entity}
                  {r.entityId ? ` #${r.entityId}` : ""}
                </td>
                <td class="json">{json(r.before)}</td>
                <td class="json">{json(r.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager total={props.found.total} page={q.page} size={props.size} />
    </>
  );
}
