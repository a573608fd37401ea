/** The agencies and services lists (with the links to create, import, edit). */

import type { AgencyRow } from "../../../src/db/repositories/agencies.js";
import type { Page } from "../../../src/db/repositories/paging.js";
import type { ServiceWithAgency } from "../../../src/db/repositories/services.js";
import { AgencyFilter } from "../../components/agency-filter.js";
import type { FieldErrors, FormValues } from "../../components/forms.js";
import { Select } from "../../components/forms.js";
import { Pager, SearchForm } from "../../components/pager.js";
import { useIsSecretary, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { byShownName, nameOf } from "../../lib.js";
import { ImportCounts } from "./import.js";

type Imported = { created: number; updated: number; unchanged: number } | undefined;

type ListQuery = { q?: string; archived?: "1"; page?: number };

export function AgenciesPage(props: { found: Page<AgencyRow>; q: ListQuery; imported: Imported }) {
  const t = useT();
  const sec = useIsSecretary();
  const { q, found } = props;
  return (
    <>
      {props.imported ? <ImportCounts {...props.imported} /> : null}
      {sec ? (
        <p class="actions">
          <a href="/agencies/new">{t("admin-agency-new")}</a> ·{" "}
          <a href="/agencies/import">{t("admin-import")}</a>
        </p>
      ) : null}
      <SearchForm action="/agencies" q={q.q}>
        <ArchivedBox checked={q.archived === "1"} />
      </SearchForm>
      <Pager total={found.total} page={q.page} />
      <div class="scroll">
        <table class="stack">
          <TableHead
            cols={["admin-col-code", "admin-field-name-kk", "admin-field-name-ru", null]}
          />
          <tbody>
            {found.rows.map((g) => (
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
      <Pager total={found.total} page={q.page} />
    </>
  );
}

function ArchivedBox(props: { checked: boolean }) {
  return (
    <label class="inline">
      <input type="checkbox" name="archived" value="1" checked={props.checked} />{" "}
      {useT()("admin-show-archived")}
    </label>
  );
}

export function ServicesPage(props: {
  found: Page<ServiceWithAgency>;
  agencies: AgencyRow[];
  q: ListQuery & { agency?: number };
  imported: Imported;
}) {
  const t = useT();
  const locale = useLocale();
  const sec = useIsSecretary();
  const { q, found } = props;
  return (
    <>
      {props.imported ? <ImportCounts {...props.imported} /> : null}
      {sec ? (
        <p class="actions">
          <a href="/services/new">{t("admin-service-new")}</a> ·{" "}
          <a href="/services/import">{t("admin-import")}</a>
        </p>
      ) : null}
      <SearchForm action="/services" q={q.q}>
        <AgencyFilter agencies={props.agencies} current={q.agency} />
        <ArchivedBox checked={q.archived === "1"} />
      </SearchForm>
      <Pager total={found.total} page={q.page} />
      <div class="scroll">
        <table class="stack">
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
            {found.rows.map((s) => (
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
      <Pager total={found.total} page={q.page} />
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
      options={byShownName(props.agencies, locale).map((g) => ({
        value: String(g.id),
        label: `${nameOf(g, locale)} (${g.code})`,
      }))}
      required
    />
  );
}
