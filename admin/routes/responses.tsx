/** The responses list (per service) and the response page: Appendix 2 table, history, accept/return. */
import { Hono } from "hono";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { campaignsRepo } from "../../src/db/repositories/campaigns.js";
import { responsesRepo } from "../../src/db/repositories/responses.js";
import { PROGRESS_STATES, progressState } from "../../src/domain/progress.js";
import { countComplete } from "../../src/domain/questionnaire.js";
import { formatDate, type LocalDate, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { translator } from "../../src/i18n/index.js";
import { requireRole } from "../auth/session.js";
import {
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  PostForm,
  TextArea,
  validate,
} from "../components/forms.js";
import { page } from "../components/layout.js";
import { SortLink, StateBadge, StateFilter } from "../components/progress.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { answerText, questionnaireRows } from "../exports/table.js";
import { download, fmtDateTime, idParam, nameOf, notFound, redirectOk } from "../lib.js";
import { CampaignPicker, loadProgress } from "./dashboard.js";

const PAGE_SIZE = 100;
const ListQuery = z.object({
  campaign: z.string().optional(),
  q: z.string().trim().max(200).optional().catch(undefined),
  state: z.enum(PROGRESS_STATES).optional().catch(undefined),
  agency: z.coerce.number().int().positive().optional().catch(undefined),
  sort: z
    .enum(["code", "service", "agency", "state", "answered", "submitted"])
    .optional()
    .catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
const ReturnSchema = z.object({
  comment: z.string().trim().min(3, "admin-err-comment-required").max(2000, "admin-err-too-long"),
});
const DocLang = z.enum(["kk", "ru"]).optional().catch(undefined);

export function responsesRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/responses", async (c) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const q = ListQuery.parse(c.req.query());
    const loaded = await loadProgress(a, q.campaign);
    if (!loaded)
      return page(c, t("admin-responses-title"), <p>{t("admin-dashboard-no-campaign")}</p>);
    const { campaign } = loaded;
    let rows = loaded.rows;
    if (q.state) rows = rows.filter((r) => r.state === q.state);
    if (q.agency) rows = rows.filter((r) => r.agencyId === q.agency);
    if (q.q) {
      const n = q.q.toLowerCase();
      rows = rows.filter(
        (r) =>
          r.registryCode.toLowerCase().includes(n) ||
          r.serviceNameKk.toLowerCase().includes(n) ||
          r.serviceNameRu.toLowerCase().includes(n) ||
          r.agencyNameRu.toLowerCase().includes(n) ||
          r.agencyNameKk.toLowerCase().includes(n),
      );
    }
    const sort = q.sort ?? "code";
    const sign = q.dir === "desc" ? -1 : 1;
    const order = PROGRESS_STATES as readonly string[];
    rows = [...rows].sort((x, y) => {
      const v =
        sort === "code"
          ? x.registryCode.localeCompare(y.registryCode)
          : sort === "service"
            ? nameOf({ nameKk: x.serviceNameKk, nameRu: x.serviceNameRu }, locale).localeCompare(
                nameOf({ nameKk: y.serviceNameKk, nameRu: y.serviceNameRu }, locale),
                locale,
              )
            : sort === "agency"
              ? nameOf({ nameKk: x.agencyNameKk, nameRu: x.agencyNameRu }, locale).localeCompare(
                  nameOf({ nameKk: y.agencyNameKk, nameRu: y.agencyNameRu }, locale),
                  locale,
                )
              : sort === "state"
                ? order.indexOf(x.state) - order.indexOf(y.state)
                : sort === "answered"
                  ? x.answered - y.answered
                  : (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0);
      return v * sign;
    });
    const total = rows.length;
    const pageNo = q.page ?? 1;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const shown = rows.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE);
    const url = new URL(c.req.url);
    const pageHref = (n: number) => {
      const u = new URL(url.toString());
      u.searchParams.set("page", String(n));
      return u.pathname + u.search;
    };
    const campaigns = await campaignsRepo(a.deps.db).list();
    return page(
      c,
      t("admin-responses-title"),
      <>
        <section class="row">
          <h2>
            {campaign.year} — {campaign.title}
          </h2>
          <CampaignPicker
            campaigns={campaigns}
            current={campaign.id}
            label={t("admin-campaign")}
            action="/responses"
          />
        </section>
        <p class="actions">
          <a href={`/campaigns/${campaign.id}/export.xlsx?lang=${locale}`}>
            {t("admin-export-xlsx")}
          </a>
          {" · "}
          <a href={`/campaigns/${campaign.id}/export.csv?lang=${locale}`}>
            {t("admin-export-csv")}
          </a>
        </p>
        <StateFilter
          t={t}
          action="/responses"
          hidden={{ campaign: campaign.id, agency: q.agency }}
          q={q.q}
          state={q.state}
        />
        <p>{t("admin-found", { count: total })}</p>
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
              {shown.map((r) => (
                <tr>
                  <td>{r.registryCode}</td>
                  <td>
                    {r.responseId ? (
                      <a href={`/responses/${r.responseId}`}>
                        {nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}
                      </a>
                    ) : (
                      nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)
                    )}
                  </td>
                  <td>{nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}</td>
                  <td>
                    <StateBadge t={t} state={r.state} />
                  </td>
                  <td>{r.answered}/14</td>
                  <td>{fmtDateTime(c, r.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {pages > 1 ? (
          <nav class="pager" aria-label={t("admin-pages")}>
            {pageNo > 1 ? <a href={pageHref(pageNo - 1)}>← {t("admin-prev")}</a> : null}
            <span>
              {" "}
              {pageNo} / {pages}{" "}
            </span>
            {pageNo < pages ? <a href={pageHref(pageNo + 1)}>{t("admin-next")} →</a> : null}
          </nav>
        ) : null}
      </>,
    );
  });

  const showResponse = async (
    c: Ctx,
    id: number,
    form: { values?: FormValues; errors?: FieldErrors } = {},
    status = 200,
  ) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const repo = campaignsRepo(a.deps.db);
    const detail = await repo.responseDetail(id);
    if (!detail) return notFound(c);
    const docLang: Locale = DocLang.parse(c.req.query("doc")) ?? locale;
    const td = translator(a.deps.i18n, docLang);
    const rr = responsesRepo(a.deps.db);
    const [answers, history, materials] = await Promise.all([
      rr.answers(id),
      repo.responseHistory(id),
      rr.materialInfo(id),
    ]);
    const rows = questionnaireRows(answers, td, docLang);
    const { response, service, agency, campaign } = detail;
    const answered = countComplete(answers.values());
    const state = progressState(
      { status: response.status, answered },
      campaign.dueOn,
      localDate(a.deps.now(), a.deps.tz),
    );
    const isSecretary = c.get("admin")?.role === "secretary";
    return page(
      c,
      `${service.registryCode} — ${nameOf(service, locale)}`,
      <>
        <section>
          <p>
            {t("admin-col-agency")}: {nameOf(agency, locale)} · {t("admin-campaign")}:{" "}
            {campaign.year} · {t("admin-campaign-due")}:{" "}
            {formatDate(campaign.dueOn as LocalDate, locale)}
          </p>
          <p>
            {t("admin-col-state")}: <StateBadge t={t} state={state} /> · {t("admin-col-submitted")}:{" "}
            {fmtDateTime(c, response.submittedAt)}
          </p>
          {response.returnComment && response.status === "returned" ? (
            <p class="notice">
              {t("admin-return-comment")}: <span class="pre">{response.returnComment}</span>
            </p>
          ) : null}
          <p class="actions">
            {t("admin-doc-language")}:{" "}
            <a
              href={`/responses/${id}?doc=kk`}
              aria-current={docLang === "kk" ? "true" : undefined}
            >
              қазақша
            </a>
            {" · "}
            <a
              href={`/responses/${id}?doc=ru`}
              aria-current={docLang === "ru" ? "true" : undefined}
            >
              русский
            </a>
            {" · "}
            <a href={`/responses/${id}/export.docx?lang=${docLang}`}>{t("admin-export-docx")}</a>
          </p>
        </section>
        <section>
          <h2>{td("q-questionnaire-title")}</h2>
          <div class="scroll">
            <table class="questionnaire">
              <thead>
                <tr>
                  <th>{td("col-no")}</th>
                  <th>{td("col-name")}</th>
                  <th>{td("col-param")}</th>
                  <th>{td("col-justification")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td>{r.no}</td>
                    <td>{r.name}</td>
                    <td class="pre">{r.param}</td>
                    <td class="pre">{r.justification}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        {materials.length ? (
          <section>
            <h2>{t("admin-materials")}</h2>
            <ul>
              {materials.map((m) => (
                <li>
                  {t(`admin-material-${m.kind}`)}:{" "}
                  {m.fileName ? (
                    <a href={`/responses/${id}/materials/${m.id}`}>{m.fileName ?? "file"}</a>
                  ) : (
                    <span class="pre">{m.text ?? ""}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {isSecretary ? (
          <section class="row">
            {response.status === "submitted" ? (
              <PostForm c={c} action={`/responses/${id}/accept`}>
                <button type="submit">{t("admin-accept")}</button>
              </PostForm>
            ) : null}
            {response.status === "submitted" || response.status === "accepted" ? (
              <PostForm c={c} action={`/responses/${id}/return`}>
                <FormErrors c={c} errors={form.errors} />
                <TextArea
                  c={c}
                  name="comment"
                  label={t("admin-return-comment")}
                  values={form.values}
                  errors={form.errors}
                  required
                />
                <button type="submit" class="secondary">
                  {t("admin-return")}
                </button>
              </PostForm>
            ) : null}
          </section>
        ) : null}
        <section>
          <h2>{t("admin-history")}</h2>
          {history.length === 0 ? (
            <p>{t("admin-history-empty")}</p>
          ) : (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>{t("admin-col-when")}</th>
                    <th>{td("col-no")}</th>
                    <th>{t("admin-col-field")}</th>
                    <th>{t("admin-col-before")}</th>
                    <th>{t("admin-col-after")}</th>
                    <th>{t("admin-col-who")}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((h) => (
                    <tr>
                      <td>{fmtDateTime(c, h.at)}</td>
                      <td>{h.questionNo}</td>
                      <td>{t(`admin-field-${h.field}`)}</td>
                      <td class="pre">
                        {h.field === "value"
                          ? h.oldValue == null
                            ? "—"
                            : answerText(h.questionNo, h.oldValue, td, docLang)
                          : String(h.oldValue ?? "—")}
                      </td>
                      <td class="pre">
                        {h.field === "value"
                          ? h.newValue == null
                            ? "—"
                            : answerText(h.questionNo, h.newValue, td, docLang)
                          : String(h.newValue ?? "—")}
                      </td>
                      <td>{h.officialName ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </>,
      status,
    );
  };

  app.get("/responses/:id{[0-9]+}", async (c) => {
    const id = idParam(c);
    return id ? showResponse(c, id) : notFound(c);
  });

  app.get("/responses/:id{[0-9]+}/materials/:mid{[0-9]+}", async (c) => {
    const id = idParam(c);
    const mid = idParam(c, "mid");
    if (!id || !mid) return notFound(c);
    const m = (await responsesRepo(c.get("a").deps.db).materials(id)).find((x) => x.id === mid);
    if (!m?.content) return notFound(c);
    return download(c, m.content, m.fileName ?? `material-${m.id}`, "application/octet-stream");
  });

  app.post("/responses/:id{[0-9]+}/accept", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    if (!id) return notFound(c);
    const before = await responsesRepo(a.deps.db).byId(id);
    if (!before) return notFound(c);
    const moved = await responsesRepo(a.deps.db).transition(
      id,
      ["submitted"],
      "accepted",
      a.deps.now(),
    );
    if (!moved) return redirectOk(c, `/responses/${id}`, "admin-status-unchanged");
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "accept",
      entity: "response",
      entityId: id,
      before: { status: before.status },
      after: { status: "accepted" },
    });
    await a.notifications.reviewOutcome(id, { kind: "accepted" });
    return redirectOk(c, `/responses/${id}`, "admin-accepted");
  });

  app.post("/responses/:id{[0-9]+}/return", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const id = idParam(c);
    if (!id) return notFound(c);
    const values = await formValues(c);
    const r = validate(ReturnSchema, values);
    if (!r.ok) return showResponse(c, id, { values, errors: r.errors }, 400);
    const before = await responsesRepo(a.deps.db).byId(id);
    if (!before) return notFound(c);
    const moved = await responsesRepo(a.deps.db).transition(
      id,
      ["submitted", "accepted"],
      "returned",
      a.deps.now(),
      r.data.comment,
    );
    if (!moved) return redirectOk(c, `/responses/${id}`, "admin-status-unchanged");
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "return",
      entity: "response",
      entityId: id,
      before: { status: before.status },
      after: { status: "returned", comment: r.data.comment },
    });
    await a.notifications.reviewOutcome(id, { kind: "returned", comment: r.data.comment });
    return redirectOk(c, `/responses/${id}`, "admin-returned");
  });

  return app;
}
