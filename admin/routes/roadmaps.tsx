/**
 * Roadmaps of recommended services (000 p.13–15, Appendix 3): the dashboard (on time / late),
 * the roadmap page with its five standard activities (responsible, deadline, completion form,
 * done date), approval, and the DOCX in the Appendix 3 layout (kk/ru).
 */
import { Hono } from "hono";
import { raw } from "hono/html";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { type RoadmapView, roadmapsRepo } from "../../src/db/repositories/roadmaps.js";
import {
  type ActivityNo,
  activityState,
  ROADMAP_ACTIVITY_KEYS,
  ROADMAP_ACTIVITY_NOS,
  roadmapState,
} from "../../src/domain/agenda.js";
import { type LocalDate, LocalDateSchema, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { translator } from "../../src/i18n/index.js";
import { requireRole } from "../auth/session.js";
import { type AdminDeps, type AdminEnv, actorOf, type Ctx } from "../context.js";
import { DOCX_TYPE, download, idParam, nameOf, notFound, redirectOk } from "../lib.js";
import { type FieldErrors, FormErrors, formValues, PostForm, validate } from "../views/forms.js";
import { Layout } from "../views/layout.js";

const OptDate = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : null))
  .pipe(LocalDateSchema.nullable());
const OptText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "admin-err-too-long")
    .optional()
    .transform((s) => (s ? s : null));

const activityFields = Object.fromEntries(
  ROADMAP_ACTIVITY_NOS.flatMap((no) => [
    [`responsible${no}`, OptText(500)],
    [`deadline${no}`, OptDate],
    [`form${no}`, OptText(500)],
    [`done${no}`, OptDate],
  ]),
);
const ActivitiesSchema = z.object(activityFields) as unknown as z.ZodType<
  Record<string, string | null>
>;
const DocLang = z.enum(["kk", "ru"]).catch("ru");
const ListQuery = z.object({ state: z.enum(["on-time", "late"]).optional().catch(undefined) });

const docT = (a: AdminDeps, lang: Locale) => translator(a.deps.i18n, lang);

function doneOn(a: AdminDeps, d: Date | null): LocalDate | null {
  return d ? localDate(d, a.deps.tz) : null;
}

function stateOf(a: AdminDeps, r: RoadmapView, today: LocalDate) {
  return roadmapState(
    {
      dueOn: r.dueOn as LocalDate,
      approvedOn: doneOn(a, r.approvedAt),
      activities: r.activities.map((x) => ({
        deadline: x.deadline as LocalDate | null,
        doneOn: doneOn(a, x.doneAt),
      })),
    },
    today,
  );
}

export async function buildRoadmapDocx(
  a: AdminDeps,
  r: RoadmapView,
  lang: Locale,
): Promise<Uint8Array> {
  const t = docT(a, lang);
  const byNo = new Map(r.activities.map((x) => [x.no, x]));
  const { roadmapDocx } = await import("../exports/roadmap-docx.js"); // docx loads on first use
  return roadmapDocx({
    appendix: t("roadmap-appendix"),
    approved: [t("roadmap-approved-block")],
    title: t("roadmap-title"),
    service: nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, lang),
    responsible: t("roadmap-responsible-line", {
      agency: nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, lang),
    }),
    agreed: [
      t("roadmap-agreed-head"),
      t("roadmap-agreed-informatization"),
      t("roadmap-agreed-interested"),
    ],
    columns: [
      t("roadmap-col-no"),
      t("roadmap-col-name"),
      t("roadmap-col-responsible"),
      t("roadmap-col-deadline"),
      t("roadmap-col-form"),
    ],
    rows: ROADMAP_ACTIVITY_NOS.map((no) => {
      const x = byNo.get(no);
      return {
        no,
        name: t(ROADMAP_ACTIVITY_KEYS[no]),
        responsible: x?.responsible ?? "",
        deadline: x?.deadline ? formatDate(x.deadline as LocalDate, lang) : "",
        form: x?.completionForm ?? "",
      };
    }),
  });
}

export function roadmapsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  const html = (c: Ctx, title: string, body: unknown, status = 200) =>
    c.html(
      <>
        {raw("<!doctype html>")}
        <Layout c={c} title={title}>
          {body as never}
        </Layout>
      </>,
      status as 200,
    );

  app.get("/roadmaps", async (c) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const q = ListQuery.parse(c.req.query());
    const today = localDate(a.deps.now(), a.deps.tz);
    const all = (await roadmapsRepo(a.deps.db).list()).map((r) => ({
      r,
      state: stateOf(a, r, today),
    }));
    const rows = q.state ? all.filter((x) => x.state === q.state) : all;
    const late = all.filter((x) => x.state === "late").length;
    return html(
      c,
      t("roadmap-list-title"),
      <>
        <p class="actions">
          <a href="/roadmaps">{t("roadmap-filter-all", { count: all.length })}</a>
          <a href="/roadmaps?state=on-time">
            {t("roadmap-state-on-time")}: {all.length - late}
          </a>
          <a href="/roadmaps?state=late">
            {t("roadmap-state-late")}: {late}
          </a>
        </p>
        {rows.length ? (
          <div class="scroll">
            <table id="roadmaps">
              <thead>
                <tr>
                  <th>{t("agenda-col-service")}</th>
                  <th>{t("agenda-col-agency")}</th>
                  <th>{t("roadmap-decided-col")}</th>
                  <th>{t("roadmap-due-col")}</th>
                  <th>{t("meeting-status")}</th>
                  <th>{t("roadmap-progress-col")}</th>
                  <th>{t("roadmap-state-col")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ r, state }) => (
                  <tr data-state={state}>
                    <td>
                      <a href={`/roadmaps/${r.id}`}>
                        {nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}
                      </a>
                    </td>
                    <td>{nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}</td>
                    <td>{formatDate(r.decidedOn as LocalDate, locale)}</td>
                    <td>{formatDate(r.dueOn as LocalDate, locale)}</td>
                    <td>{t(`roadmap-status-${r.status}`)}</td>
                    <td>
                      {t("roadmap-progress", {
                        done: r.activities.filter((x) => x.doneAt).length,
                        total: ROADMAP_ACTIVITY_NOS.length,
                      })}
                    </td>
                    <td>
                      <span class={`badge ${state === "late" ? "s-overdue" : "s-submitted"}`}>
                        {t(`roadmap-state-${state}`)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("roadmap-none")}</p>
        )}
      </>,
    );
  });

  const show = async (c: Ctx, id: number, errors?: FieldErrors, status = 200) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const r = await roadmapsRepo(a.deps.db).byId(id);
    if (!r) return notFound(c);
    const today = localDate(a.deps.now(), a.deps.tz);
    const secretary = c.get("admin")?.role === "secretary";
    const byNo = new Map(r.activities.map((x) => [x.no, x]));
    const state = stateOf(a, r, today);
    return html(
      c,
      `${t("roadmap-title")}: ${nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}`,
      <>
        <p>
          {nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)} ·{" "}
          {t("roadmap-decided", { date: formatDate(r.decidedOn as LocalDate, locale) })} ·{" "}
          {t("roadmap-due", { date: formatDate(r.dueOn as LocalDate, locale) })} ·{" "}
          <span class="badge">{t(`roadmap-status-${r.status}`)}</span>{" "}
          <span class="badge" id="roadmap-state">
            {t(`roadmap-state-${state}`)}
          </span>
        </p>
        <p class="actions">
          <a href={`/roadmaps/${r.id}/roadmap.docx?lang=kk`}>{t("roadmap-docx-kk")}</a>
          <a href={`/roadmaps/${r.id}/roadmap.docx?lang=ru`}>{t("roadmap-docx-ru")}</a>
        </p>
        <FormErrors c={c} errors={errors} />
        <PostForm c={c} action={`/roadmaps/${r.id}`}>
          <div class="scroll">
            <table id="activities">
              <thead>
                <tr>
                  <th>{t("roadmap-col-no")}</th>
                  <th>{t("roadmap-col-name")}</th>
                  <th>{t("roadmap-col-responsible")}</th>
                  <th>{t("roadmap-col-deadline")}</th>
                  <th>{t("roadmap-col-form")}</th>
                  <th>{t("roadmap-col-done")}</th>
                  <th>{t("roadmap-state-col")}</th>
                </tr>
              </thead>
              <tbody>
                {ROADMAP_ACTIVITY_NOS.map((no: ActivityNo) => {
                  const x = byNo.get(no);
                  const s = activityState(
                    {
                      deadline: (x?.deadline ?? null) as LocalDate | null,
                      doneOn: doneOn(a, x?.doneAt ?? null),
                    },
                    today,
                  );
                  const done = doneOn(a, x?.doneAt ?? null) ?? "";
                  return (
                    <tr data-activity={String(no)} data-state={s}>
                      <td>{no}</td>
                      <td>{t(ROADMAP_ACTIVITY_KEYS[no])}</td>
                      <td>
                        <input
                          type="text"
                          name={`responsible${no}`}
                          value={x?.responsible ?? ""}
                          disabled={!secretary}
                          aria-label={t("roadmap-col-responsible")}
                          maxlength={500}
                        />
                      </td>
                      <td>
                        <input
                          type="date"
                          name={`deadline${no}`}
                          value={x?.deadline ?? ""}
                          disabled={!secretary}
                          aria-label={t("roadmap-col-deadline")}
                        />
                      </td>
                      <td>
                        <input
                          type="text"
                          name={`form${no}`}
                          value={x?.completionForm ?? ""}
                          disabled={!secretary}
                          aria-label={t("roadmap-col-form")}
                          maxlength={500}
                        />
                      </td>
                      <td>
                        <input
                          type="date"
                          name={`done${no}`}
                          value={done}
                          disabled={!secretary}
                          aria-label={t("roadmap-col-done")}
                        />
                      </td>
                      <td>{t(`roadmap-act-${s}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {secretary ? <button type="submit">{t("roadmap-save")}</button> : null}
        </PostForm>
        {secretary && r.status === "draft" ? (
          <PostForm c={c} action={`/roadmaps/${r.id}/approve`}>
            <button type="submit">{t("roadmap-approve")}</button>
          </PostForm>
        ) : null}
      </>,
      status,
    );
  };

  app.get("/roadmaps/:id", async (c) => {
    const id = idParam(c);
    return id ? show(c, id) : notFound(c);
  });

  app.post("/roadmaps/:id", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    if (!id) return notFound(c);
    const repo = roadmapsRepo(a.deps.db);
    if (!(await repo.byId(id))) return notFound(c);
    const values = await formValues(c);
    const r = validate(ActivitiesSchema, values);
    if (!r.ok) return show(c, id, r.errors, 400);
    for (const no of ROADMAP_ACTIVITY_NOS) {
      const done = r.data[`done${no}`] ?? null;
      const { before, after } = await repo.saveActivity(id, no, {
        responsible: r.data[`responsible${no}`] ?? null,
        deadline: r.data[`deadline${no}`] ?? null,
        completionForm: r.data[`form${no}`] ?? null,
        doneAt: done ? new Date(`${done}T12:00:00Z`) : null,
      });
      const changed =
        !before ||
        before.responsible !== after?.responsible ||
        before.deadline !== after?.deadline ||
        before.completionForm !== after?.completionForm ||
        (before.doneAt?.getTime() ?? null) !== (after?.doneAt?.getTime() ?? null);
      if (changed) {
        await audit(a.deps.db, {
          actor: actorOf(c.get("admin")),
          action: "update",
          entity: "roadmap_activity",
          entityId: `${id}:${no}`,
          before,
          after,
        });
      }
    }
    return redirectOk(c, `/roadmaps/${id}`, "admin-saved");
  });

  app.post("/roadmaps/:id/approve", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    if (!id) return notFound(c);
    const ok = await roadmapsRepo(a.deps.db).approve(id, a.deps.now());
    if (!ok) return show(c, id, { _form: "agenda-err-state" }, 409);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "approve",
      entity: "roadmap",
      entityId: id,
    });
    return redirectOk(c, `/roadmaps/${id}`, "admin-saved");
  });

  app.get("/roadmaps/:id/roadmap.docx", async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    const r = id ? await roadmapsRepo(a.deps.db).byId(id) : undefined;
    if (!r) return notFound(c);
    const lang = DocLang.parse(c.req.query("lang"));
    return download(
      c,
      await buildRoadmapDocx(a, r, lang),
      `roadmap-${r.id}-${lang}.docx`,
      DOCX_TYPE,
    );
  });

  return app;
}
