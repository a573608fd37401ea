/**
 * The audit log page, readable in kk/ru: labelled filters (who, action, object, dates), who by
 * name, the action and object in words, and each change as a field / before / after table.
 */

import type { AdminRow } from "../../../src/db/repositories/admins.js";
import type { AuditRow } from "../../../src/db/repositories/audit.js";
import type { Page } from "../../../src/db/repositories/paging.js";
import { type ActorNames, actorLabel } from "../../components/actor.js";
import { Pager } from "../../components/pager.js";
import { useDateTime, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { actionLabel, entityLabel, fieldLabel } from "../labels.js";

export interface AuditFilters {
  actor?: string;
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
}

const MAX_VALUE = 300;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Field / before / after rows: one per key of either side, or one unnamed row for plain values. */
function changeRows(before: unknown, after: unknown): [string, unknown, unknown][] {
  const b = before ?? undefined;
  const a = after ?? undefined;
  if (b === undefined && a === undefined) return [];
  if ((b === undefined || isRecord(b)) && (a === undefined || isRecord(a))) {
    const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
    return keys.map((k) => [k, b?.[k], a?.[k]]);
  }
  return [["", b, a]];
}

function ChangeTable(props: { before: unknown; after: unknown }) {
  const t = useT();
  const when = useDateTime();
  const rows = changeRows(props.before, props.after);
  if (rows.length === 0) return <span class="muted">{t("audit-no-change")}</span>;
  const show = (v: unknown): string => {
    if (v === undefined || v === null || v === "") return "—";
    if (typeof v === "string") return ISO_INSTANT.test(v) ? when(new Date(v)) : v;
    if (typeof v === "boolean") return t(v ? "admin-yes" : "admin-no");
    if (typeof v === "number") return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x !== "object" || x === null)) {
      return v.map(String).join(", ");
    }
    const s = JSON.stringify(v);
    return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
  };
  return (
    <table class="change">
      <TableHead cols={["admin-col-field", "admin-col-before", "admin-col-after"]} />
      <tbody>
        {rows.map(([field, b, a]) => {
          const was = show(b);
          const now = show(a);
          return (
            <tr class={was === now ? undefined : "changed"}>
              <th scope="row">{field ? fieldLabel(t, field) : ""}</th>
              <td>{was}</td>
              <td>{now}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function AuditPage(props: {
  q: AuditFilters;
  found: Page<AuditRow>;
  size: number;
  vocabulary: { actions: string[]; entities: string[] };
  admins: AdminRow[];
  names: ActorNames;
}) {
  const t = useT();
  const locale = useLocale();
  const when = useDateTime();
  const { q } = props;
  const byLabel = (a: { label: string }, b: { label: string }) =>
    a.label.localeCompare(b.label, locale);
  const actions = props.vocabulary.actions
    .map((v) => ({ value: v, label: actionLabel(t, v) }))
    .sort(byLabel);
  const entities = props.vocabulary.entities
    .map((v) => ({ value: v, label: entityLabel(t, v) }))
    .sort(byLabel);
  const admins = props.admins.map((x) => ({ value: `admin:${x.id}`, label: x.name })).sort(byLabel);
  const option = (o: { value: string; label: string }, current?: string) => (
    <option value={o.value} selected={o.value === current}>
      {o.label}
    </option>
  );
  return (
    <>
      <form method="get" action="/audit" class="filters labelled">
        <label>
          {t("admin-col-who")}
          <select name="actor">
            <option value="">{t("audit-any-actor")}</option>
            {option({ value: "system", label: t("audit-actor-system") }, q.actor)}
            {admins.map((o) => option(o, q.actor))}
          </select>
        </label>
        <label>
          {t("admin-col-action")}
          <select name="action">
            <option value="">{t("audit-any-action")}</option>
            {actions.map((o) => option(o, q.action))}
          </select>
        </label>
        <label>
          {t("admin-col-entity")}
          <select name="entity">
            <option value="">{t("audit-any-entity")}</option>
            {entities.map((o) => option(o, q.entity))}
          </select>
        </label>
        <label>
          {t("admin-filter-from")}
          <input type="date" name="from" value={q.from ?? ""} />
        </label>
        <label>
          {t("admin-filter-to")}
          <input type="date" name="to" value={q.to ?? ""} />
        </label>
        <button type="submit">{t("admin-filter-apply")}</button>
      </form>
      <Pager total={props.found.total} page={q.page} size={props.size} />
      <div class="scroll">
        <table class="audit">
          <TableHead
            cols={[
              "admin-col-when",
              "admin-col-who",
              "admin-col-action",
              "admin-col-entity",
              "audit-col-change",
            ]}
          />
          <tbody>
            {props.found.rows.map((r) => (
              <tr>
                <td>{when(r.at)}</td>
                <td>{actorLabel(t, r.actor, props.names)}</td>
                <td>{actionLabel(t, r.action)}</td>
                <td>
                  {entityLabel(t, r.entity)}
                  {r.entityId ? ` #${r.entityId}` : ""}
                </td>
                <td>
                  <ChangeTable before={r.before} after={r.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager total={props.found.total} page={q.page} size={props.size} />
    </>
  );
}
