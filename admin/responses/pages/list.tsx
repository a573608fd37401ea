/** The responses list of a campaign: filters, the sortable table, the pager. */
import type { CampaignRow } from "../../../src/db/repositories/campaigns.js";
import type { Page } from "../../../src/db/repositories/paging.js";
import { QUESTION_COUNT } from "../../../src/domain/questions.js";
import { formatProgress } from "../../../src/i18n/format.js";
import { CampaignPicker } from "../../components/campaign-picker.js";
import { CampaignExports } from "../../components/export-links.js";
import { Pager } from "../../components/pager.js";
import { SortLink, StateBadge, StateFilter } from "../../components/progress.js";
import { useCtx, useDateTime, useLocale, useT } from "../../components/request.js";
import { nameOf } from "../../lib.js";
import type { ClassifiedRow } from "../../services/progress.js";

export function NoCampaign() {
  return <p>{useT()("admin-dashboard-no-campaign")}</p>;
}

export function ResponsesPage(props: {
  campaign: CampaignRow;
  campaigns: CampaignRow[];
  found: Page<ClassifiedRow>;
  q: { q?: string; state?: string; agency?: number; page?: number };
}) {
  const t = useT();
  const locale = useLocale();
  const when = useDateTime();
  const url = new URL(useCtx().req.url);
  const { campaign, q, found } = props;
  return (
    <>
      <section class="row">
        <h2>
          {campaign.year} — {campaign.title}
        </h2>
        <CampaignPicker campaigns={props.campaigns} current={campaign.id} action="/responses" />
      </section>
      <CampaignExports campaignId={campaign.id} />
      <StateFilter
        action="/responses"
        hidden={{ campaign: campaign.id, agency: q.agency }}
        q={q.q}
        state={q.state}
      />
      <Pager total={found.total} page={q.page} />
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>
                <SortLink url={url} col="code" label={t("admin-col-code")} />
              </th>
              <th>
                <SortLink url={url} col="service" label={t("admin-col-service")} />
              </th>
              <th>
                <SortLink url={url} col="agency" label={t("admin-col-agency")} />
              </th>
              <th>
                <SortLink url={url} col="state" label={t("admin-col-state")} />
              </th>
              <th>
                <SortLink url={url} col="answered" label={t("admin-col-answered")} />
              </th>
              <th>
                <SortLink url={url} col="submitted" label={t("admin-col-submitted")} />
              </th>
            </tr>
          </thead>
          <tbody>
            {found.rows.map((r) => {
              const service = nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale);
              return (
                <tr>
                  <td>{r.registryCode}</td>
                  <td>
                    {r.responseId ? <a href={`/responses/${r.responseId}`}>{service}</a> : service}
                  </td>
                  <td>{nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}</td>
                  <td>
                    <StateBadge state={r.state} />
                  </td>
                  <td>{formatProgress(r.answered, QUESTION_COUNT, locale)}</td>
                  <td>{when(r.submittedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager total={found.total} page={q.page} />
    </>
  );
}
