/** The campaign dashboard: by status, the submissions chart, reminders, the per-agency table. */

import type { CampaignRow } from "../../../src/db/repositories/campaigns.js";
import type { Page } from "../../../src/db/repositories/paging.js";
import { doneShare, PROGRESS_STATES, type StateCounts } from "../../../src/domain/progress.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import { CampaignPicker } from "../../components/campaign-picker.js";
import { Pager } from "../../components/pager.js";
import { SortLink, StateBars, StateFilter, SubmissionsChart } from "../../components/progress.js";
import { useCtx, useIsSecretary, useLocale, useT } from "../../components/request.js";
import type { AgencyProgress } from "../agencies.js";

/** No campaign yet: with empty registries the first step is the import, not a campaign. */
export function NoCampaign(props: { registriesEmpty?: boolean }) {
  const t = useT();
  const secretary = useIsSecretary();
  if (props.registriesEmpty) {
    return (
      <section>
        <p class="notice" id="first-steps">
          {t("admin-dashboard-import-first")}
        </p>
        {secretary ? (
          <p class="actions">
            <a href="/agencies/import" class="button">
              {t("admin-agencies-import")}
            </a>
            <a href="/services/import" class="button">
              {t("admin-services-import")}
            </a>
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section>
      <p>{t("admin-dashboard-no-campaign")}</p>
      {secretary ? (
        <p>
          <a href="/campaigns/new" class="button">
            {t("admin-campaign-new")}
          </a>
        </p>
      ) : null}
    </section>
  );
}

export interface ReminderStats {
  sent: number;
  failed: number;
  unreachable: { id: number; fullName: string | null; agency: string }[];
}

export function DashboardPage(props: {
  campaign: CampaignRow;
  campaigns: CampaignRow[];
  counts: StateCounts;
  points: { day: string; count: number }[];
  reminders: ReminderStats;
  /** this page of the per-agency table */
  agencies: Page<AgencyProgress>;
  q: { q?: string; state?: string; page?: number };
}) {
  const t = useT();
  const locale = useLocale();
  const url = new URL(useCtx().req.url);
  const { campaign, counts, reminders, q } = props;
  return (
    <>
      <section class="row">
        <div>
          <h2>
            {campaign.year} — {campaign.title}
          </h2>
          <p>
            {t("admin-campaign-due")}:{" "}
            <strong>{formatDate(campaign.dueOn as LocalDate, locale)}</strong>
            {campaign.listSentOn
              ? ` · ${t("admin-campaign-list-sent")}: ${formatDate(campaign.listSentOn as LocalDate, locale)}`
              : ` · ${t("admin-campaign-not-sent")}`}
          </p>
        </div>
        <CampaignPicker campaigns={props.campaigns} current={campaign.id} action="/" />
      </section>
      <section aria-labelledby="by-status">
        <h2 id="by-status">
          {t("admin-dashboard-by-status")} ({counts.total})
        </h2>
        <StateBars counts={counts} />
      </section>
      <section aria-labelledby="chart">
        <h2 id="chart">{t("admin-chart-title")}</h2>
        <SubmissionsChart
          points={props.points}
          total={counts.total}
          dueOn={campaign.dueOn}
          formatDay={(d) => formatDate(d as LocalDate, locale)}
        />
      </section>
      <section aria-labelledby="reminders">
        <h2 id="reminders">{t("admin-dashboard-reminders")}</h2>
        <p>
          {t("admin-reminders-sent")}: <strong>{reminders.sent}</strong> ·{" "}
          {t("admin-reminders-failed")}: <strong>{reminders.failed}</strong> ·{" "}
          {t("admin-reminders-unreachable")}: <strong>{reminders.unreachable.length}</strong>
        </p>
        {reminders.unreachable.length ? (
          <ul>
            {reminders.unreachable.slice(0, 50).map((o) => (
              <li>
                {o.fullName ?? `#${o.id}`} ({o.agency})
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="by-agency">
        <h2 id="by-agency">{t("admin-dashboard-by-agency")}</h2>
        <StateFilter action="/" hidden={{ campaign: campaign.id }} q={q.q} state={q.state} />
        <Pager total={props.agencies.total} page={q.page} />
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>
                  <SortLink url={url} col="name" label={t("admin-col-agency")} />
                </th>
                <th>
                  <SortLink url={url} col="total" label={t("admin-col-total")} />
                </th>
                {PROGRESS_STATES.map((s) =>
                  s === "overdue" ? (
                    <th>
                      <SortLink url={url} col="overdue" label={t(`admin-state-${s}`)} />
                    </th>
                  ) : (
                    <th>{t(`admin-state-${s}`)}</th>
                  ),
                )}
                <th>
                  <SortLink url={url} col="done" label={t("admin-col-done")} />
                </th>
              </tr>
            </thead>
            <tbody>
              {props.agencies.rows.map((g) => (
                <tr>
                  <td>
                    <a href={`/responses?campaign=${campaign.id}&agency=${g.id}`}>{g.name}</a>
                  </td>
                  <td>{g.counts.total}</td>
                  {PROGRESS_STATES.map((s) => (
                    <td>{g.counts[s] || ""}</td>
                  ))}
                  <td>
                    <progress value={g.counts.submitted + g.counts.accepted} max={g.counts.total}>
                      {Math.round(doneShare(g.counts) * 100)}%
                    </progress>{" "}
                    {Math.round(doneShare(g.counts) * 100)}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager total={props.agencies.total} page={q.page} />
      </section>
    </>
  );
}
