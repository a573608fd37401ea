/** Invitations: the form to create one, the list with revoke, and the card shown after creating. */

import type { AdminRow } from "../../../src/db/repositories/admins.js";
import type { AgencyRow } from "../../../src/db/repositories/agencies.js";
import type { CampaignRow } from "../../../src/db/repositories/campaigns.js";
import type { InviteListItem } from "../../../src/services/invites.js";
import {
  ButtonForm,
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  PostForm,
  Select,
} from "../../components/forms.js";
import { InviteCard } from "../../components/invite-card.js";
import { Pager } from "../../components/pager.js";
import { useDateTime, useLocale, useT } from "../../components/request.js";
import { byLabel, byShownName, nameOf } from "../../lib.js";

function InviteForm(props: {
  agencies: AgencyRow[];
  admins: AdminRow[];
  campaigns: CampaignRow[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const t = useT();
  const locale = useLocale();
  const { values, errors } = props;
  return (
    <PostForm action="/invites" class="narrow" values={values} errors={errors}>
      <FormErrors />
      <Select
        name="target"
        label={t("admin-invite-target")}
        options={[
          { value: "official", label: t("admin-invite-target-official") },
          { value: "admin", label: t("admin-invite-target-admin") },
        ]}
      />
      <Select
        name="agencyId"
        label={t("admin-col-agency")}
        empty=""
        options={byShownName(props.agencies, locale).map((g) => ({
          value: String(g.id),
          label: `${nameOf(g, locale)} (${g.code})`,
        }))}
      />
      <Select
        name="campaignId"
        label={t("admin-campaign")}
        empty={t("admin-invite-current-campaign")}
        options={props.campaigns.map((k) => ({
          value: String(k.id),
          label: `${k.year} — ${k.title}`,
        }))}
      />
      <Select
        name="adminId"
        label={t("admin-invite-admin")}
        empty=""
        options={byLabel(
          props.admins.map((x) => ({ value: String(x.id), label: x.name })),
          locale,
        )}
      />
      <Field name="fullName" label={t("admin-col-name")} />
      <Field name="position" label={t("admin-field-position")} />
      <button type="submit">{t("admin-invite-create")}</button>
    </PostForm>
  );
}

/** Invitations for every agency of a campaign at once (the sheet and the CSV follow). */
function BulkForm(props: { campaigns: CampaignRow[]; values: FormValues; errors: FieldErrors }) {
  const t = useT();
  return (
    <PostForm action="/invites/bulk" class="narrow" values={props.values} errors={props.errors}>
      <p class="muted">{t("admin-invite-bulk-hint")}</p>
      <Select
        name="campaignId"
        label={t("admin-campaign")}
        required
        options={props.campaigns
          .filter((k) => k.status === "draft" || k.status === "sent")
          .map((k) => ({ value: String(k.id), label: `${k.year} — ${k.title}` }))}
      />
      <button type="submit">{t("admin-invite-bulk-create")}</button>
    </PostForm>
  );
}

export function InvitesPage(props: {
  list: InviteListItem[];
  total: number;
  page?: number;
  agencies: AgencyRow[];
  admins: AdminRow[];
  campaigns: CampaignRow[];
  values: FormValues;
  errors: FieldErrors;
  bulk: { values: FormValues; errors: FieldErrors };
}) {
  const t = useT();
  const locale = useLocale();
  const when = useDateTime();
  const { list, errors } = props;
  const agencyName = new Map(props.agencies.map((g) => [g.id, nameOf(g, locale)]));
  const adminName = new Map(props.admins.map((x) => [x.id, x.name]));
  return (
    <>
      <details open={Object.keys(errors).length > 0 || list.length === 0}>
        <summary>{t("admin-invite-new")}</summary>
        <InviteForm {...props} />
      </details>
      <details open={Object.keys(props.bulk.errors).length > 0}>
        <summary>{t("admin-invite-bulk")}</summary>
        <BulkForm campaigns={props.campaigns} {...props.bulk} />
      </details>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t("admin-invite-target")}</th>
              <th>{t("admin-col-name")}</th>
              <th>{t("admin-col-state")}</th>
              <th>{t("admin-invite-expires")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr>
                <td>{i.id}</td>
                <td>
                  {i.target === "admin"
                    ? `${t("admin-invite-target-admin")}: ${adminName.get(i.adminId ?? 0) ?? ""}`
                    : (agencyName.get(i.agencyId ?? 0) ?? i.agencyCode ?? "")}
                </td>
                <td>{i.fullName ?? ""}</td>
                <td>{t(`admin-invite-state-${i.state}`)}</td>
                <td>{when(i.expiresAt)}</td>
                <td>
                  {i.state === "ok" ? (
                    <ButtonForm
                      action={`/invites/${i.id}/revoke`}
                      class="inline"
                      confirm={t("admin-invite-revoke-confirm")}
                      button="link"
                      label={t("admin-invite-revoke")}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager total={props.total} page={props.page} />
    </>
  );
}

export function InviteCreated(props: {
  code: string;
  link: string;
  qrSvg: string;
  expiresAt: Date;
}) {
  const t = useT();
  const when = useDateTime();
  return (
    <section>
      <InviteCard code={props.code} link={props.link} qrSvg={props.qrSvg}>
        <p>
          {t("admin-invite-expires")}: {when(props.expiresAt)}
        </p>
        <p>
          <a href="/invites">{t("admin-back")}</a>
        </p>
      </InviteCard>
    </section>
  );
}
