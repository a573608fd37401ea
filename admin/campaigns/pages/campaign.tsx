/**
 * One campaign: dates and state, links to its dashboard, responses and exports, sending the
 * list, its services (add, remove while unanswered) and (secretary) the edit and policy forms.
 */

import type { AgencyRow } from "../../../src/db/repositories/agencies.js";
import type { CampaignRow, ProgressRow } from "../../../src/db/repositories/campaigns.js";
import type { Page } from "../../../src/db/repositories/paging.js";
import type { ServiceWithAgency } from "../../../src/db/repositories/services.js";
import { allows } from "../../../src/domain/agenda.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import { AgencyFilter } from "../../components/agency-filter.js";
import { CampaignExports } from "../../components/export-links.js";
import {
  ButtonForm,
  type FieldErrors,
  FormErrors,
  type FormValues,
  PostForm,
  TextArea,
} from "../../components/forms.js";
import { Pager, SearchForm } from "../../components/pager.js";
import { useAdmin, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { nameOf } from "../../lib.js";
import { CampaignEditForm, PolicyForm } from "./campaign-forms.js";
import { PickerSearch, ServicePicker } from "./service-picker.js";

/** A form's values and errors after a failed post. */
export type FormState = { values: FormValues; errors: FieldErrors };

export interface CampaignPageProps {
  campaign: CampaignRow;
  /** this page of the campaign's services */
  found: Page<ProgressRow>;
  agencies: AgencyRow[];
  /** the picker's page of services that can be added (secretary) */
  services?: Page<ServiceWithAgency>;
  q: { q?: string; agency?: number; page?: number; add_q?: string; add_page?: number };
  forms?: {
    policy?: FormState;
    edit?: FormState;
    add?: FormState;
    cancel?: FormState;
    /** a status change refused */
    status?: FormState;
  };
}

export function CampaignPage({
  campaign,
  found,
  agencies,
  services,
  q,
  forms = {},
}: CampaignPageProps) {
  const t = useT();
  const locale = useLocale();
  const sec = useAdmin()?.role === "secretary";
  const id = campaign.id;
  // the campaign's size, not the filtered count
  const total = q.q || q.agency ? undefined : found.total;
  return (
    <>
      <p>
        {t("admin-col-state")}: <strong>{t(`admin-campaign-status-${campaign.status}`)}</strong> ·{" "}
        {t("admin-campaign-list-sent")}:{" "}
        {campaign.listSentOn ? formatDate(campaign.listSentOn as LocalDate, locale) : "—"} ·{" "}
        {t("admin-campaign-due")}: {formatDate(campaign.dueOn as LocalDate, locale)} ·{" "}
        {t("admin-campaign-services")}: {total}
      </p>
      <p class="actions">
        <a href={`/?campaign=${id}`}>{t("admin-nav-dashboard")}</a> ·{" "}
        <a href={`/responses?campaign=${id}`}>{t("admin-nav-responses")}</a>
      </p>
      <CampaignExports campaignId={id} />
      <section id="appendix-1">
        <h2>{t("admin-campaign-process")}</h2>
        <p>
          {t(
            campaign.processOptional
              ? "admin-campaign-process-optional"
              : "admin-campaign-process-required",
          )}
        </p>
        {sec ? (
          <PostForm action={`/campaigns/${id}/process`}>
            <input type="hidden" name="optional" value={campaign.processOptional ? "0" : "1"} />
            <button type="submit" class="secondary">
              {t(
                campaign.processOptional
                  ? "admin-campaign-process-require"
                  : "admin-campaign-process-relax",
              )}
            </button>
          </PostForm>
        ) : null}
      </section>
      <FormErrors errors={forms.status?.errors} />
      {campaign.status === "cancelled" ? (
        <p class="notice" id="cancelled">
          {t("admin-campaign-cancelled-notice")}
        </p>
      ) : null}
      {campaign.status === "closed" ? (
        <p class="notice" id="closed">
          {t("admin-campaign-closed-notice")}
        </p>
      ) : null}
      {sec && allows("campaign", "send", campaign.status) ? (
        <section>
          <h2>{t("admin-campaign-send")}</h2>
          <p>
            {t(
              campaign.status === "draft"
                ? "admin-campaign-send-help"
                : "admin-campaign-resend-help",
            )}
          </p>
          <ButtonForm
            action={`/campaigns/${id}/send`}
            confirm={t("admin-campaign-send-confirm")}
            disabled={found.total === 0 && !q.q && !q.agency}
            label={t(campaign.status === "draft" ? "admin-campaign-send" : "admin-campaign-resend")}
          />
        </section>
      ) : null}
      {sec && allows("campaign", "close", campaign.status) ? (
        <section>
          <h2>{t("admin-campaign-close")}</h2>
          <p>{t("admin-campaign-close-help")}</p>
          <ButtonForm
            action={`/campaigns/${id}/close`}
            confirm={t("admin-campaign-close-confirm")}
            button="secondary"
            label={t("admin-campaign-close")}
          />
        </section>
      ) : null}
      {sec && allows("campaign", "cancel", campaign.status) ? (
        <details open={forms.cancel !== undefined}>
          <summary>{t("admin-campaign-cancel")}</summary>
          <PostForm
            action={`/campaigns/${id}/cancel`}
            confirm={t("admin-campaign-cancel-confirm")}
            values={forms.cancel?.values}
            errors={forms.cancel?.errors}
          >
            <p>{t("admin-campaign-cancel-help")}</p>
            <TextArea name="reason" label={t("admin-campaign-cancel-reason")} required rows={2} />
            <button type="submit" class="secondary">
              {t("admin-campaign-cancel")}
            </button>
          </PostForm>
        </details>
      ) : null}
      <section>
        <h2>
          {t("admin-campaign-services")}
          {total === undefined ? "" : ` (${total})`}
        </h2>
        {sec && services ? (
          <details open={forms.add !== undefined || q.add_q !== undefined || total === 0}>
            <summary>{t("admin-campaign-add-services")}</summary>
            <PickerSearch action={`/campaigns/${id}`} q={q.add_q} />
            <PostForm action={`/campaigns/${id}/services`} multipart errors={forms.add?.errors}>
              <FormErrors />
              <ServicePicker
                found={services}
                page={q.add_page}
                values={forms.add?.values}
                errors={forms.add?.errors}
              />
              <button type="submit">{t("admin-campaign-add")}</button>
            </PostForm>
          </details>
        ) : null}
        <SearchForm action={`/campaigns/${id}`} q={q.q}>
          <AgencyFilter agencies={agencies} current={q.agency} />
        </SearchForm>
        <Pager total={found.total} page={q.page} />
        <div class="scroll">
          <table class="stack">
            <TableHead cols={["admin-col-code", "admin-col-service", "admin-col-agency", null]} />
            <tbody>
              {found.rows.map((r) => (
                <tr>
                  <td>{r.registryCode}</td>
                  <td>{nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}</td>
                  <td>{nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}</td>
                  <td>
                    {sec && !r.responseId ? (
                      <ButtonForm
                        action={`/campaigns/${id}/services/${r.serviceId}/remove`}
                        class="inline"
                        button="link"
                        confirm={t("admin-campaign-remove-service-confirm")}
                        label={t("admin-remove")}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager total={found.total} page={q.page} />
      </section>
      {sec ? (
        <section class="grid">
          <CampaignEditForm campaign={campaign} form={forms.edit} />
          <PolicyForm campaign={campaign} form={forms.policy} />
        </section>
      ) : null}
    </>
  );
}
