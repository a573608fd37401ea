/**
 * Roadmaps of recommended services (000 p.13–15, Appendix 3): the dashboard (on time / late),
 * the roadmap page with its five standard activities, approval, and the DOCX in the Appendix 3
 * layout (kk/ru). Routes validate, call src/services/roadmaps.ts and render pages/*.
 */
import { Hono } from "hono";
import type { Acting } from "../../src/services/acting.js";
import {
  approveRoadmapById,
  roadmapList,
  roadmapPage,
  saveRoadmapActivities,
} from "../../src/services/roadmaps.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { DOCX_TYPE, download, nameOf, notFound, redirectOk } from "../lib.js";
import { validForm, validIds, validQuery } from "../validation.js";
import { RoadmapListPage } from "./pages/list.js";
import { RoadmapPage } from "./pages/roadmap.js";
import { ActivitiesSchema, activitiesOf, DocQuery, ListQuery } from "./schemas.js";

const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });

async function show(c: Ctx, id: number, errors?: FieldErrors, status?: 409) {
  const data = await roadmapPage(c.get("a").deps, id);
  if (!data) return notFound(c);
  if (status) c.status(status);
  const { r } = data;
  const service = nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, c.get("locale"));
  return c.render(<RoadmapPage data={data} errors={errors} />, {
    title: `${c.get("t")("roadmap-title")}: ${service}`,
  });
}

export function roadmapsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const ids = validIds("id");
  /** the roadmap again with the form's errors (400, set by validForm) */
  const invalid = (c: Ctx, _values: unknown, errors: FieldErrors) =>
    show(c, Number(c.req.param("id")), errors);

  app.get("/roadmaps", validQuery(ListQuery), async (c) => {
    const list = await roadmapList(c.get("a").deps, c.req.valid("query").state);
    return c.render(<RoadmapListPage {...list} />, { title: c.get("t")("roadmap-list-title") });
  });

  app.get("/roadmaps/:id", ids, (c) => show(c, c.req.valid("param").id));

  app.post(
    "/roadmaps/:id",
    requireRole("secretary"),
    ids,
    validForm(ActivitiesSchema, invalid),
    async (c) => {
      const { id } = c.req.valid("param");
      const saved = await saveRoadmapActivities(acting(c), id, activitiesOf(c.req.valid("form")));
      return saved ? redirectOk(c, `/roadmaps/${id}`, "admin-saved") : notFound(c);
    },
  );

  app.post("/roadmaps/:id/approve", requireRole("secretary"), ids, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await approveRoadmapById(acting(c), id)))
      return show(c, id, { _form: "agenda-err-state" }, 409);
    return redirectOk(c, `/roadmaps/${id}`, "admin-saved");
  });

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
