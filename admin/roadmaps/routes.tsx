/**
 * Roadmaps of recommended services (000 p.13–15, Appendix 3): the dashboard (on time / late),
 * the roadmap page with its five standard activities (edited as a draft only, dates checked
 * against the decision), approval (frozen as a version), re-opening with a reason, and the DOCX
 * in the Appendix 3 layout (kk/ru). Routes validate, call src/services/roadmaps.ts and render
 * pages/*.
 */
import { Hono } from "hono";
import type { Acting } from "../../src/services/acting.js";
import {
  approveRoadmapById,
  type RoadmapOutcome,
  type RoadmapRefusal,
  reopenRoadmap,
  roadmapList,
  roadmapPage,
  saveRoadmapActivities,
} from "../../src/services/roadmaps.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { pageOf } from "../components/pager.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { DOCX_TYPE, download, nameOf, notFound, redirectOk } from "../lib.js";
import { postedValues, validForm, validIds, validQuery } from "../validation.js";
import { RoadmapListPage } from "./pages/list.js";
import { RoadmapPage } from "./pages/roadmap.js";
import { ActivitiesSchema, activitiesOf, DocQuery, ListQuery, ReopenSchema } from "./schemas.js";

const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });

async function show(
  c: Ctx,
  id: number,
  o: {
    errors?: FieldErrors;
    values?: FormValues;
    refusal?: RoadmapRefusal;
    status?: 400 | 409;
  } = {},
) {
  const data = await roadmapPage(c.get("a").deps, id);
  if (!data) return notFound(c);
  if (o.status) c.status(o.status);
  const { r } = data;
  const service = nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, c.get("locale"));
  return c.render(
    <RoadmapPage data={data} errors={o.errors} values={o.values} refusal={o.refusal} />,
    { title: `${c.get("t")("roadmap-title")}: ${service}` },
  );
}

/** Field errors of the dates refused against the decision (the notice says which dates). */
function dateErrors(refusal: RoadmapRefusal): FieldErrors {
  const errors: FieldErrors = {};
  if (refusal.reason !== "dates") return errors;
  for (const p of refusal.problems)
    errors[`${p.field}${p.no}`] =
      p.reason === "future" ? "roadmap-err-future" : "roadmap-err-before-decision";
  return errors;
}

/** The answer to a change: back to the roadmap, or why not (404, 400 for dates, 409). */
async function answer(c: Ctx, id: number, r: RoadmapOutcome, values?: FormValues) {
  if (r.ok) return redirectOk(c, `/roadmaps/${id}`, "admin-saved");
  if (r.refusal.reason === "not-found") return notFound(c);
  const status = r.refusal.reason === "dates" ? 400 : 409;
  return show(c, id, { refusal: r.refusal, errors: dateErrors(r.refusal), values, status });
}

export function roadmapsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const ids = validIds("id");
  /** the roadmap again with the form's errors (400, set by validForm) */
  const invalid = (c: Ctx, values: FormValues, errors: FieldErrors) =>
    show(c, Number(c.req.param("id")), { errors, values });

  app.get("/roadmaps", validQuery(ListQuery), async (c) => {
    const q = c.req.valid("query");
    const list = await roadmapList(c.get("a").deps, { state: q.state, q: q.q, ...pageOf(q.page) });
    return c.render(<RoadmapListPage {...list} q={q.q} state={q.state} page={q.page} />, {
      title: c.get("t")("roadmap-list-title"),
    });
  });

  app.get("/roadmaps/:id", ids, (c) => show(c, c.req.valid("param").id));

  app.post(
    "/roadmaps/:id",
    requireRole("secretary"),
    ids,
    validForm(ActivitiesSchema, invalid),
    async (c) => {
      const { id } = c.req.valid("param");
      const r = await saveRoadmapActivities(acting(c), id, activitiesOf(c.req.valid("form")));
      return answer(c, id, r, r.ok ? undefined : await postedValues(c));
    },
  );

  app.post("/roadmaps/:id/approve", requireRole("secretary"), ids, async (c) => {
    const { id } = c.req.valid("param");
    return answer(c, id, await approveRoadmapById(acting(c), id));
  });

  app.post(
    "/roadmaps/:id/reopen",
    requireRole("secretary"),
    ids,
    validForm(ReopenSchema, invalid),
    async (c) => {
      const { id } = c.req.valid("param");
      return answer(c, id, await reopenRoadmap(acting(c), id, c.req.valid("form").reason));
    },
  );

  app.get("/roadmaps/:id/roadmap.docx", ids, validQuery(DocQuery), async (c) => {
    const a = c.get("a");
    const r = await a.deps.repos.roadmaps.byId(c.req.valid("param").id);
    if (!r) return notFound(c);
    const { lang } = c.req.valid("query");
    const { buildRoadmapDocx } = await import("../documents/roadmap-docx.js"); // docx loads on first use
    const bytes = await buildRoadmapDocx(a.deps.i18n, r, lang);
    return download(c, bytes, `roadmap-${r.id}-${lang}.docx`, DOCX_TYPE);
  });

  return app;
}
