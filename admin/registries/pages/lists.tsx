/** The agencies and services lists (with the links to create, import, edit). */

import type { AgencyRow } from "../../../src/db/repositories/agencies.js";
import type { ServiceWithAgency } from "../../../src/db/repositories/services.js";
import { AgencyFilter } from "../../components/agency-filter.js";
import type { FieldErrors, FormValues } from "../../components/forms.js";
import { Select } from "../../components/forms.js";
import { useIsSecretary, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { nameOf } from "../../lib.js";
import { ImportCounts } from "./import.js";

type Imported = { created: number; updated: number; unchanged: number } | undefined;

export const SERVICES_SHOWN = 500;

export function AgenciesPage(props: { list: AgencyRow[]; archived: boolean; imported: Imported }) {
  const t = useT();
  const sec = useIsSecretary();
  const { archived } = props;
  return (
    <>
      {props.imported ? <ImportCounts {...props.imported} /> : null}
      <p class="actions">
        {sec ? <a href="/agencies/new">{t("admin-agency-new")}</a> : null}
        {sec ? " · " : null}
        {sec ? <a href="/agencies/import">{t("admin-import")}</a> : null}
        {sec ? " · " : null}
        <a href={archived ? "/agencies" : "/agencies?archived=1"}>
          {t(archived ? "admin-hide-archived" : "admin-show-archived")}
        </a>
      </p>
      <div class="scroll">
        <table>
          <TableHead
            cols={["admin-col-code", "admin-field-name-kk", "admin-field-name-ru", null]}
          />
          <tbody>
            {props.list.map((g) => (
              <tr class={g.archivedAt ? "archived" : undefined}>
                <td>{g.code}</td>
                <td>{g.nameKk}</td>
                <td>{g.nameRu}</td>
                <td>
                  {g.archivedAt ? `${t("admin-archived")} ` : ""}
                  {sec ? <a href={`/agencies/${g.id}/edit`}>{t("admin-edit")}</a> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function ServicesPage(props: {
  list: ServiceWithAgency[];
  agencies: AgencyRow[];
  q: { q?: string; agency?: number; archived?: "1" };
  imported: Imported;
}) {
  const t = useT();
  const locale = useLocale();
  const sec = useIsSecretary();
  const { q, list } = props;
  return (
    <>
      {props.imported ? <ImportCounts {...props.imported} /> : null}
      {sec ? (
        <p class="actions">
          <a href="/services/new">{t("admin-service-new")}</a> ·{" "}
          <a href="/services/import">{t("admin-import")}</a>
        </p>
      ) : null}
      <form method="get" action="/services" class="filters">
        <input
          type="search"
          name="q"
          value={q.q ?? ""}
          placeholder={t("admin-filter-search")}
          aria-label={t("admin-filter-search")}
        />
        <AgencyFilter agencies={props.agencies} current={q.agency} />
        <label class="inline">
          <input type="checkbox" name="archived" value="1" checked={q.archived === "1"} />{" "}
          {t("admin-show-archived")}
        </label>
        <button type="submit">{t("admin-filter-apply")}</button>
      </form>
      <p>{t("admin-found", { count: list.length })}</p>
      <div class="scroll">
        <table>
          <TableHead
            cols={[
              "admin-col-code",
              "admin-field-name-kk",
              "admin-field-name-ru",
              "admin-col-agency",
              null,
            ]}
          />
          <tbody>
            {list.slice(0, SERVICES_SHOWN).map((s) => (
              <tr class={s.archivedAt ? "archived" : undefined}>
                <td>{s.registryCode}</td>
                <td>{s.nameKk}</td>
                <td>{s.nameRu}</td>
                <td>{nameOf({ nameKk: s.agencyNameKk, nameRu: s.agencyNameRu }, locale)}</td>
                <td>
                  {s.archivedAt ? `${t("admin-archived")} ` : ""}
                  {sec ? <a href={`/services/${s.id}/edit`}>{t("admin-edit")}</a> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.length > SERVICES_SHOWN ? (
        <p>{t("admin-list-truncated", { count: SERVICES_SHOWN })}</p>
      ) : null}
    </>
  );
}

/** The agency select of the service form. */
export function AgencySelect(props: {
  agencies: AgencyRow[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Select
      name="agencyId"
      label={t("admin-col-agency")}
      values={props.values}
      errors={props.errors}
      empty=""
      options={props.agencies.map((g) => ({
        value: String(g.id),
        label: `${g.code} — ${nameOf(g, locale)}`,
      }))}
      required
    />
  );
}
