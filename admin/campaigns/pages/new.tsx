/** A new campaign: year, title, dates (the due date defaults from the calendar) and services. */
import type { Page } from "../../../src/db/repositories/paging.js";
import type { ServiceWithAgency } from "../../../src/db/repositories/services.js";
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  PostForm,
} from "../../components/forms.js";
import { useT } from "../../components/request.js";
import { PickerSearch, ServicePicker } from "./service-picker.js";

export function NewCampaignPage(p: {
  found: Page<ServiceWithAgency>;
  pick: { q?: string; page?: number };
  values: FormValues;
  errors?: FieldErrors;
}) {
  const t = useT();
  const { values, errors = {} } = p;
  return (
    <>
      <PickerSearch action="/campaigns/new" q={p.pick.q} />
      <PostForm action="/campaigns" multipart values={values} errors={errors}>
        <FormErrors />
        <div class="grid">
          <Field name="year" type="number" label={t("admin-field-year")} required />
          <Field name="title" label={t("admin-field-title")} required />
        </div>
        <div class="grid">
          <Field name="listSentOn" type="date" label={t("admin-campaign-list-sent")} />
          <Field
            name="dueOn"
            type="date"
            label={t("admin-campaign-due")}
            hint={t("admin-campaign-due-hint")}
          />
        </div>
        <ServicePicker found={p.found} page={p.pick.page} values={values} errors={errors} />
        <button type="submit">{t("admin-campaign-create")}</button>
      </PostForm>
    </>
  );
}
