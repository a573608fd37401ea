/** The responses list (per service) and the response page: Appendix 2 table, history, accept/return. */
import { Hono } from "hono";
import { z } from "zod";
import { actorNames } from "../../src/db/repositories/audit.js";
import { PROGRESS_STATES, progressState } from "../../src/domain/progress.js";
import { localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { translator } from "../../src/i18n/index.js";
import { changeStatus, loadQuestionnaire } from "../../src/services/questionnaire.js";
import { requireRole } from "../auth/session.js";
import { actorLabel } from "../components/actor.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { pageOf, pageParam, searchParam } from "../components/pager.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { materialLines } from "../documents/materials.js";
import { processRows } from "../documents/process-table.js";
import { questionnaireRows } from "../documents/questionnaire-table.js";
import { download, nameOf, notFound, redirectOk } from "../lib.js";
import { pickCampaign } from "../services/progress.js";
import { validForm, validIds, validQuery } from "../validation.js";
import { NoCampaign, ResponsesPage } from "./pages/list.js";
import { ResponsePage } from "./pages/response.js";

const ListQuery = z.object({
  campaign: z.string().optional(),
  q: searchParam,
  state: z.enum(PROGRESS_STATES).optional().catch(undefined),
  agency: z.coerce.number().int().positive().optional().catch(undefined),
  sort: z
    .enum(["code", "service", "agency", "state", "answered", "submitted"])
    .optional()
    .catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: pageParam,
});
const ReturnSchema = z.object({
  comment: z.string().trim().min(3, "admin-err-comment-required").max(2000, "admin-err-too-long"),
});
const DocLang = z.enum(["kk", "ru"]).optional().catch(undefined);

/** The diagram of Appendix 1, when a file was attached. */
function diagramOf(materials: { id: number; kind: string; fileName: string | null }[]) {
  const d = materials.find((m) => m.kind === "diagram");
  return d?.fileName ? { id: d.id, fileName: d.fileName } : null;
}

/** The response page (again with the return form's values and errors after a failed post). */
async function showResponse(c: Ctx, values?: FormValues, errors?: FieldErrors) {
  const a = c.get("a");
  const locale: Locale = c.get("locale");
  const id = Number(c.req.param("id"));
  const [q, events] = await Promise.all([
    loadQuestionnaire(a.deps, id, { history: true }),
    a.deps.repos.responses.statusEvents(id),
  ]);
  if (!q) return notFound(c);
  const names = await actorNames(
    a.deps.db,
    events.map((e) => e.actor),
  );
  const t = c.get("t");
  const timeline = events.map((e) => ({
    at: e.at,
    event: e.action as "submit" | "return" | "accept",
    who: actorLabel(t, e.actor, names),
    comment: e.comment,
  }));
  // submitted before moves were logged: the response's own stamp stands in
  if (q.submittedAt && !timeline.some((e) => e.event === "submit")) {
    timeline.unshift({ at: new Date(q.submittedAt), event: "submit", who: "", comment: null });
  }
  const docLang: Locale = DocLang.parse(c.req.query("doc")) ?? locale;
  const td = translator(a.deps.i18n, docLang);
  const { service, agency, campaign } = q;
  const response = {
    status: q.status,
    submittedAt: q.submittedAt ? new Date(q.submittedAt) : null,
    returnComment: q.returnComment,
  };
  const history = (q.history ?? []).map((h) => ({ ...h, at: new Date(h.at) }));
  const state = progressState(
    { status: q.status, answered: q.answered },
    campaign.dueOn,
    localDate(a.deps.now(), a.deps.tz),
  );
  return c.render(
    <ResponsePage
      view={{
        id,
        response,
        service,
        agency,
        campaign,
        state,
        rows: questionnaireRows(q.answers, td, docLang),
        process: {
          rows: processRows(q.process, td, docLang),
          optional: campaign.processOptional,
          diagram: diagramOf(q.materials),
          history: (q.processHistory ?? []).map((h) => ({ ...h, at: new Date(h.at) })),
        },
        materials: materialLines(q.materials, t, locale),
        timeline,
        history,
      }}
      td={td}
      docLang={docLang}
      form={{ values, errors }}
    />,
    { title: `${service.registryCode} — ${nameOf(service, locale)}` },
  );
}

export function responsesRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/responses", validQuery(ListQuery), async (c) => {
    const a = c.get("a");
    const title = c.get("t")("admin-responses-title");
    const q = c.req.valid("query");
    const campaign = await pickCampaign(a, q.campaign);
    if (!campaign) return c.render(<NoCampaign />, { title });
    const [found, campaigns] = await Promise.all([
      a.deps.repos.progressLists.page(
        campaign.id,
        {
          q: q.q,
          agencyId: q.agency,
          state: q.state,
          sort: q.sort,
          dir: q.dir,
          locale: c.get("locale"),
          dueOn: campaign.dueOn,
          today: localDate(a.deps.now(), a.deps.tz),
        },
        pageOf(q.page),
      ),
      a.deps.repos.campaigns.list(),
    ]);
    return c.render(
      <ResponsesPage campaign={campaign} campaigns={campaigns} found={found} q={q} />,
      { title },
    );
  });

  app.get("/responses/:id{[0-9]+}", validIds(), (c) => showResponse(c));

  app.get("/responses/:id{[0-9]+}/materials/:mid{[0-9]+}", validIds("id", "mid"), async (c) => {
    const { id, mid } = c.req.valid("param");
    const m = (await c.get("a").deps.repos.responses.materials(id)).find((x) => x.id === mid);
    if (!m?.content) return notFound(c);
    return download(c, m.content, m.fileName ?? `material-${m.id}`, "application/octet-stream");
  });

  app.post("/responses/:id{[0-9]+}/accept", requireRole("secretary"), validIds(), async (c) => {
    const a = c.get("a");
    const { id } = c.req.valid("param");
    const moved = await changeStatus(a.deps, id, "accept", undefined, actorOf(c.get("admin")));
    if (!moved.ok && moved.reason === "not-found") return notFound(c);
    if (!moved.ok) return redirectOk(c, `/responses/${id}`, "admin-status-unchanged");
    await a.notifications.reviewOutcome(id, { kind: "accepted" });
    return redirectOk(c, `/responses/${id}`, "admin-accepted");
  });

  app.post(
    "/responses/:id{[0-9]+}/return",
    requireRole("secretary"),
    validIds(),
    validForm(ReturnSchema, showResponse),
    async (c) => {
      const a = c.get("a");
      const { id } = c.req.valid("param");
      const { comment } = c.req.valid("form");
      const moved = await changeStatus(a.deps, id, "return", comment, actorOf(c.get("admin")));
      if (!moved.ok && moved.reason === "not-found") return notFound(c);
      if (!moved.ok) return redirectOk(c, `/responses/${id}`, "admin-status-unchanged");
      await a.notifications.reviewOutcome(id, { kind: "returned", comment });
      return redirectOk(c, `/responses/${id}`, "admin-returned");
    },
  );

  return app;
}
