/** The "agency" select of a GET filter form (officials, services): any agency or one. */
import type { AgencyRow } from "../../src/db/repositories/agencies.js";
import { byShownName, nameOf } from "../lib.js";
import { useLocale, useT } from "./request.js";

export function AgencyFilter(props: { agencies: AgencyRow[]; current?: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <select name="agency" aria-label={t("admin-col-agency")}>
      <option value="">{t("admin-filter-any-agency")}</option>
      {byShownName(props.agencies, locale).map((g) => (
        <option value={String(g.id)} selected={props.current === g.id}>
          {nameOf(g, locale)}
        </option>
      ))}
    </select>
  );
}
