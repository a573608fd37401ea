/**
 * Picking a campaign's services: check them in a searched, paged list (never the whole
 * registry on one page), type registry codes, or upload a CSV/XLSX file.
 */
import type { Page } from "../../../src/db/repositories/paging.js";
import type { ServiceWithAgency } from "../../../src/db/repositories/services.js";
import { type FieldErrors, type FormValues, TextArea } from "../../components/forms.js";
import { Pager, SearchForm } from "../../components/pager.js";
import { useLocale, useT } from "../../components/request.js";
import { nameOf } from "../../lib.js";

export const PICK_SIZE = 20;

/** The picker's search: a GET form of its own (it cannot sit inside the POST form). */
export function PickerSearch(props: { action: string; q?: string }) {
  return <SearchForm action={props.action} name="add_q" q={props.q} />;
}

export function ServicePicker(props: {
  found: Page<ServiceWithAgency>;
  page?: number;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const t = useT();
  const locale = useLocale();
  const selected = new Set((props.values?.serviceId ?? "").split("\n"));
  return (
    <fieldset>
      <legend>{t("admin-campaign-services")}</legend>
      <p>{t("admin-campaign-pick")}</p>
      <Pager total={props.found.total} page={props.page} size={PICK_SIZE} param="add_page" />
      <ul class="picks">
        {props.found.rows.map((s) => (
          <li>
            <label class="inline">
              <input
                type="checkbox"
                name="serviceId"
                value={String(s.id)}
                checked={selected.has(String(s.id))}
              />{" "}
              {s.registryCode} — {nameOf(s, locale)}{" "}
              <small>{nameOf({ nameKk: s.agencyNameKk, nameRu: s.agencyNameRu }, locale)}</small>
            </label>
          </li>
        ))}
      </ul>
      <TextArea
        name="codes"
        label={t("admin-campaign-codes")}
        hint={t("admin-campaign-codes-hint")}
        values={props.values}
        errors={props.errors}
        rows={3}
      />
      <label>
        {t("admin-campaign-codes-file")}
        <input type="file" name="file" accept=".csv,.xlsx" />
      </label>
    </fieldset>
  );
}
