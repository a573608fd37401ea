/** The campaign dashboard: progress by status, per agency, over time; reminders. */
import { Hono } from "hono";
import { z } from "zod";
import {
  type CampaignRow,
  campaignsRepo,
  type ProgressRow,
} from "../../src/db/repositories/campaigns.js";
import {
  cumulativeByDay,
  doneShare,
  emptyCounts,
  PROGRESS_STATES,
  type ProgressState,
  progressState,
  type StateCounts,
} from "../../src/domain/progress.js";
import { addDays, type LocalDate, localDate, toLocalDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { page } from "../components/layout.js";
import { SortLink, StateBars, StateFilter, SubmissionsChart } from "../components/progress.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { nameOf } from "../lib.js";

export interface ClassifiedRow extends ProgressRow {
  state: ProgressState;
}

/**
 * The progress rows of a campaign, cached in memory (a cache only: keyed by a
 * fingerprint of the campaign's responses and assignments, and 60 s at most,
 * so registry renames show up within a minute).
 */
const progressCache = new WeakMap<
  object,
  Map<number, { version: string; at: number; rows: ProgressRow[] }>
>();
async function cachedProgress(a: AdminDeps, campaignId: number): Promise<ProgressRow[]> {
  const repo = campaignsRepo(a.deps.db);
  let byCampaign = progressCache.get(a.deps.db);
  if (!byCampaign) {
    byCampaign = new Map();
    progressCache.set(a.deps.db, byCampaign);
  }
  const version = await repo.progressVersion(campaignId);
  const hit = byCampaign.get(campaignId);
  if (hit && hit.version === version && Date.now() - hit.at < 60_000) return hit.rows;
  const rows = await repo.progress(campaignId);
  byCampaign.set(campaignId, { version, at: Date.now(), rows });
  return rows;
}

/** The campaign picked by `?campaign=` or the current one, with classified rows. */
export async function loadProgress(
  a: AdminDeps,
  campaignParam: string | undefined,
): Promise<{ campaign: CampaignRow; rows: ClassifiedRow[]; today: string } | undefined> {
  const repo = campaignsRepo(a.deps.db);
  const id = z.coerce.number().int().positive().safeParse(campaignParam);
  const campaign = id.success ? await repo.byId(id.data) : await repo.current();
  if (!campaign) return undefined;
  const today = localDate(a.deps.now(), a.deps.tz);
  const rows = (await cachedProgress(a, campaign.id)).map((r) => ({
    ...r,
    state: progressState(r, campaign.dueOn, today),
  }));
  return { campaign, rows, today };
}

export function countStates(rows: { state: ProgressState }[]): StateCounts {
  const c = emptyCounts();
  for (const r of rows) {
    c[r.state]++;
    c.total++;
  }
  return c;
}

const AgencyQuery = z.object({
  campaign: z.string().optional(),
  q: z.string().trim().max(200).optional().catch(undefined),
  state: z.enum(PROGRESS_STATES).optional().catch(undefined),
  sort: z.enum(["name", "total", "done", "overdue"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
});

export function CampaignPicker(props: {
  campaigns: CampaignRow[];
  current: number;
  label: string;
  action: string;
}) {
  if (props.campaigns.length < 2) return null;
  return (
    <form method="get" action={props.action} class="inline">
      <label>
        {props.label}{" "}
        <select name="campaign" data-autosubmit>
          {props.campaigns.map((c) => (
            <option value={String(c.id)} selected={c.id === props.current}>
              {c.year} — {c.title}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit">OK</button>
      </noscript>
    </form>
  );
}

function chartDays(
  campaign: CampaignRow,
  today: string,
  rows: ProgressRow[],
  tz: string,
): string[] {
  const start =
    campaign.listSentOn ??
    rows.reduce<string | null>((m, r) => {
      const d = r.submittedAt ? localDate(r.submittedAt, tz) : null;
      return d && (!m || d < m) ? d : m;
    }, null) ??
    localDate(campaign.createdAt, tz);
  const end = campaign.dueOn > today ? campaign.dueOn : today;
  const days: string[] = [];
  let d = toLocalDate(start);
  for (let i = 0; i < 400 && d <= end; i++) {
    days.push(d);
    d = addDays(d, 1);
  }
  return days;
}

export function dashboardRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/", async (c) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const q = AgencyQuery.parse(c.req.query());
    const loaded = await loadProgress(a, q.campaign);
    if (!loaded) {
      return page(
        c,
        t("admin-dashboard-title"),
        <section>
          <p>{t("admin-dashboard-no-campaign")}</p>
          {c.get("admin")?.role === "secretary" ? (
            <p>
              <a href="/campaigns/new" class="button">
                {t("admin-campaign-new")}
              </a>
            </p>
          ) : null}
        </section>,
      );
    }
    const { campaign, rows, today } = loaded;
    const repo = campaignsRepo(a.deps.db);
    const [campaigns, reminders] = await Promise.all([
      repo.list(),
      repo.reminderStats(campaign.id),
    ]);
    const counts = countStates(rows);

    // per agency
    const byAgency = new Map<
      number,
      { id: number; code: string; name: string; counts: StateCounts }
    >();
    for (const r of rows) {
      let g = byAgency.get(r.agencyId);
      if (!g) {
        g = {
          id: r.agencyId,
          code: r.agencyCode,
          name: nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale),
          counts: emptyCounts(),
        };
        byAgency.set(r.agencyId, g);
      }
      g.counts[r.state]++;
      g.counts.total++;
    }
    let agencies = [...byAgency.values()];
    if (q.q) {
      const needle = q.q.toLowerCase();
      agencies = agencies.filter(
        (g) => g.name.toLowerCase().includes(needle) || g.code.toLowerCase().includes(needle),
      );
    }
    if (q.state) agencies = agencies.filter((g) => g.counts[q.state as ProgressState] > 0);
    const key = q.sort ?? "name";
    const sign = q.dir === "desc" ? -1 : 1;
    agencies.sort((x, y) => {
      const v =
        key === "name"
          ? x.name.localeCompare(y.name, locale)
          : key === "total"
            ? x.counts.total - y.counts.total
            : key === "done"
              ? doneShare(x.counts) - doneShare(y.counts)
              : x.counts.overdue - y.counts.overdue;
      return v * sign;
    });

    const days = chartDays(campaign, today, rows, a.deps.tz);
    const points = cumulativeByDay(
      rows.filter((r) => r.submittedAt).map((r) => localDate(r.submittedAt as Date, a.deps.tz)),
      days,
    );
    const url = new URL(c.req.url);
    return page(
      c,
      t("admin-dashboard-title"),
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
          <CampaignPicker
            campaigns={campaigns}
            current={campaign.id}
            label={t("admin-campaign")}
            action="/"
          />
        </section>
        <section aria-labelledby="by-status">
          <h2 id="by-status">
            {t("admin-dashboard-by-status")} ({counts.total})
          </h2>
          <StateBars t={t} counts={counts} />
        </section>
        <section aria-labelledby="chart">
          <h2 id="chart">{t("admin-chart-title")}</h2>
          <SubmissionsChart
            t={t}
            points={points}
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
          <StateFilter
            t={t}
            action="/"
            hidden={{ campaign: campaign.id }}
            q={q.q}
            state={q.state}
          />
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
                {agencies.map((g) => (
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
        </section>
      </>,
    );
  });

  return app;
}
