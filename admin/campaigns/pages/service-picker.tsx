/** Picking a campaign's services: a grouped multi-select, registry codes, or a CSV/XLSX file. */
import type { ServiceWithAgency } from "../../../src/db/repositories/services.js";
import { type FieldErrors, type FormValues, TextArea } from "../../components/forms.js";
import { useLocale, useT } from "../../components/request.js";
import { nameOf } from "../../lib.js";

export function ServicePicker(props: {
  services: ServiceWithAgency[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const t = useT();
  const locale = useLocale();
  const selected = new Set((props.values?.serviceId ?? "").split("\n"));
  const groups = new Map<string, ServiceWithAgency[]>();
  for (const s of props.services) {
    const k = nameOf({ nameKk: s.agencyNameKk, nameRu: s.agencyNameRu }, locale);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return (
    <fieldset>
      <legend>{t("admin-campaign-services")}</legend>
      <label>
        {t("admin-campaign-pick")}
        <select name="serviceId" multiple size={10}>
          {[...groups.entries()].map(([agency, list]) => (
            <optgroup label={agency}>
              {list.map((s) => (
                <option value={String(s.id)} selected={selected.has(String(s.id))}>
                  {s.registryCode} — {nameOf(s, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
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
