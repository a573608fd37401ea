/** The campaign dashboard: progress by status, per agency, over time; reminders. */
import { Hono } from "hono";
import { z } from "zod";
import { cumulativeByDay, PROGRESS_STATES } from "../../src/domain/progress.js";
import { localDate } from "../../src/domain/time.js";
import { pageOf, pageParam } from "../components/pager.js";
import type { AdminEnv } from "../context.js";
import { countStates, loadProgress } from "../services/progress.js";
import { validQuery } from "../validation.js";
import { agencyProgress, chartDays } from "./agencies.js";
import { DashboardPage, NoCampaign } from "./pages/dashboard.js";

const AgencyQuery = z.object({
  campaign: z.string().optional(),
  q: z.string().trim().max(200).optional().catch(undefined),
  state: z.enum(PROGRESS_STATES).optional().catch(undefined),
  sort: z.enum(["name", "total", "done", "overdue"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: pageParam,
});

export function dashboardRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/", validQuery(AgencyQuery), async (c) => {
    const a = c.get("a");
    const title = c.get("t")("admin-dashboard-title");
    const q = c.req.valid("query");
    const loaded = await loadProgress(a, q.campaign);
    if (!loaded) {
      const empty = await a.deps.repos.services.registriesEmpty();
      return c.render(<NoCampaign registriesEmpty={empty} />, { title });
    }
    const { campaign, rows, today } = loaded;
    const [campaigns, reminders] = await Promise.all([
      a.deps.repos.campaigns.list(),
      a.deps.repos.campaigns.reminderStats(campaign.id),
    ]);
    const points = cumulativeByDay(
      rows.filter((r) => r.submittedAt).map((r) => localDate(r.submittedAt as Date, a.deps.tz)),
      chartDays(campaign, today, rows, a.deps.tz),
    );
    const agencies = agencyProgress(rows, c.get("locale"), q);
    const { limit, offset } = pageOf(q.page);
    return c.render(
      <DashboardPage
        campaign={campaign}
        campaigns={campaigns}
        counts={countStates(rows)}
        points={points}
        reminders={reminders}
        agencies={{ rows: agencies.slice(offset, offset + limit), total: agencies.length }}
        q={q}
      />,
      { title },
    );
  });

  return app;
}
