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
import { type FieldErrors, formValues, validate } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { DocLang } from "../documents/lang.js";
import { DOCX_TYPE, download, idParam, nameOf, notFound, redirectOk } from "../lib.js";
import { RoadmapListPage } from "./pages/list.js";
import { RoadmapPage } from "./pages/roadmap.js";
import { ActivitiesSchema, activitiesOf, ListQuery } from "./schemas.js";

const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });

async function show(c: Ctx, id: number, errors?: FieldErrors, status?: 400 | 409) {
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

  app.get("/roadmaps", async (c) => {
    const q = ListQuery.parse(c.req.query());
    const list = await roadmapList(c.get("a").deps, q.state);
    return c.render(<RoadmapListPage {...list} />, { title: c.get("t")("roadmap-list-title") });
  });

  app.get("/roadmaps/:id", async (c) => {
    const id = idParam(c);
    return id ? show(c, id) : notFound(c);
  });

  app.post("/roadmaps/:id", requireRole("secretary"), async (c) => {
    const id = idParam(c);
    if (!id) return notFound(c);
    const r = validate(ActivitiesSchema, await formValues(c));
    if (!r.ok) return show(c, id, r.errors, 400);
    if (!(await saveRoadmapActivities(acting(c), id, activitiesOf(r.data)))) return notFound(c);
    return redirectOk(c, `/roadmaps/${id}`, "admin-saved");
  });

  app.post("/roadmaps/:id/approve", requireRole("secretary"), async (c) => {
    const id = idParam(c);
    if (!id) return notFound(c);
    if (!(await approveRoadmapById(acting(c), id)))
      return show(c, id, { _form: "agenda-err-state" }, 409);
    return redirectOk(c, `/roadmaps/${id}`, "admin-saved");
  });

  app.get("/roadmaps/:id/roadmap.docx", async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const r = id ? await a.deps.repos.roadmaps.byId(id) : undefined;
    if (!r) return notFound(c);
    const lang = DocLang.parse(c.req.query("lang"));
    const { buildRoadmapDocx } = await import("../documents/roadmap-docx.js"); // docx loads on first use
    const bytes = await buildRoadmapDocx(a.deps.i18n, r, lang);
    return download(c, bytes, `roadmap-${r.id}-${lang}.docx`, DOCX_TYPE);
  });

  return app;
}
