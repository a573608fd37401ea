/** The secretary's forms on a campaign's page: title and dates; the reminder policy. */
import type { CampaignRow } from "../../../src/db/repositories/campaigns.js";
import { parseReminderPolicy } from "../../../src/domain/reminders.js";
import { Field, FormErrors, type FormValues, PostForm } from "../../components/forms.js";
import { useT } from "../../components/request.js";
import { policyValues } from "../schemas.js";
import type { FormState } from "./campaign.js";

export function CampaignEditForm(p: { campaign: CampaignRow; form?: FormState }) {
  const t = useT();
  const errors = p.form?.errors;
  const values: FormValues = p.form?.values ?? {
    title: p.campaign.title,
    listSentOn: p.campaign.listSentOn ?? "",
    dueOn: p.campaign.dueOn,
  };
  return (
    <PostForm action={`/campaigns/${p.campaign.id}`} values={values} errors={errors}>
      <h2>{t("admin-campaign-edit")}</h2>
      <FormErrors />
      <Field name="title" label={t("admin-field-title")} required />
      <Field name="listSentOn" type="date" label={t("admin-campaign-list-sent")} />
      <Field name="dueOn" type="date" label={t("admin-campaign-due")} required />
      <button type="submit">{t("admin-save")}</button>
    </PostForm>
  );
}

export function PolicyForm(p: { campaign: CampaignRow; form?: FormState }) {
  const t = useT();
  const errors = p.form?.errors;
  const values = p.form?.values ?? policyValues(parseReminderPolicy(p.campaign.reminderPolicy));
  return (
    <PostForm action={`/campaigns/${p.campaign.id}/policy`} values={values} errors={errors}>
      <h2>{t("admin-policy-title")}</h2>
      <FormErrors />
      <Field
        name="beforeWorkingDays"
        label={t("admin-policy-before")}
        hint={t("admin-policy-before-hint")}
      />
      <label>
        <input type="checkbox" name="onDueDate" value="on" checked={values.onDueDate === "on"} />{" "}
        {t("admin-policy-on-due")}
      </label>
      <Field name="overdueEveryWorkingDays" type="number" label={t("admin-policy-overdue")} />
      <Field name="returnedEveryWorkingDays" type="number" label={t("admin-policy-returned")} />
      <Field name="sendAt" type="time" label={t("admin-policy-send-at")} />
      <Field name="quietFrom" type="time" label={t("admin-policy-quiet-from")} />
      <button type="submit">{t("admin-save")}</button>
    </PostForm>
  );
}
