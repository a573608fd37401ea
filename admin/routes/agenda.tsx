/**
 * The Commission's meetings: agenda compiler (filters, digest of answers, add/remove/reorder,
 * speaker and minutes with the running time plan), approval and versions (000 p.10–12),
 * sending to members with the 3-working-day check (001 p.30), attendance with the quorum
 * (001 p.27), decisions per item (a recommendation opens the roadmap, 000 p.13), the printable
 * agenda, and the agenda/protocol DOCX in kk and ru. The secretary writes; members read.
 */
import type { Context } from "hono";
import { Hono } from "hono";
import { raw } from "hono/html";
import { z } from "zod";
import { agenciesRepo } from "../../src/db/repositories/agencies.js";
import { audit } from "../../src/db/repositories/audit.js";
import {
  type AgendaItemView,
  type CandidateRow,
  type MeetingRow,
  meetingsRepo,
} from "../../src/db/repositories/meetings.js";
import {
  type AnswerDigest,
  DECISIONS,
  DEFAULT_ITEM_MINUTES,
  DEFAULT_MEETING_TIME,
  hasQuorum,
  MINUTES_MAX,
  MINUTES_MIN,
  quorumNeeded,
  timePlan,
  totalMinutes,
} from "../../src/domain/agenda.js";
import {
  isLateForMaterials,
  materialsDeadline,
  nextDefaultMeetingDate,
} from "../../src/domain/deadlines.js";
import {
  atLocalTime,
  isHhmm,
  type LocalDate,
  LocalDateSchema,
  localDate,
  localMinutesOfDay,
} from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate, formatNumber } from "../../src/i18n/format.js";
import { translator } from "../../src/i18n/index.js";
import type { AgendaSendReport } from "../../src/notifications/agenda.js";
import { requireRole } from "../auth/session.js";
import { type AdminDeps, type AdminEnv, actorOf, type Ctx } from "../context.js";
import { DOCX_TYPE, download, fmtDateTime, idParam, nameOf, notFound, redirectOk } from "../lib.js";
import {
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  PostForm,
  validate,
} from "../views/forms.js";
import { Layout } from "../views/layout.js";

// ───────────── schemas ─────────────

const MeetingSchema = z.object({
  date: LocalDateSchema,
  time: z.string().refine(isHhmm, "admin-err-invalid"),
  place: z.string().trim().max(300, "admin-err-too-long"),
});
const CandidateQuery = z.object({
  agency: z.coerce.number().int().positive().optional().catch(undefined),
  status: z.enum(["submitted", "accepted"]).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});
const IdList = z
  .string()
  .transform((s) => s.split("\n").filter(Boolean))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^\d{1,9}$/)
          .transform(Number),
      )
      .min(1, "admin-err-required")
      .max(500),
  );
const AddSchema = z.object({
  r: IdList,
  minutes: z.coerce.number().int().min(MINUTES_MIN).max(MINUTES_MAX).default(DEFAULT_ITEM_MINUTES),
});
const ItemSchema = z.object({
  speaker: z.string().trim().max(300, "admin-err-too-long").default(""),
  minutes: z.coerce
    .number()
    .int()
    .min(MINUTES_MIN, "admin-err-invalid")
    .max(MINUTES_MAX, "admin-err-invalid"),
});
const MoveSchema = z.object({ dir: z.enum(["up", "down"]) });
const AttendanceSchema = z.object({
  m: z
    .string()
    .default("")
    .transform((s) => s.split("\n").filter(Boolean))
    .pipe(
      z
        .array(
          z
            .string()
            .regex(/^\d{1,9}$/)
            .transform(Number),
        )
        .max(1000),
    ),
});
const DecisionSchema = z.object({
  decision: z.enum(["recommended", "returned", "rejected"]),
  note: z.string().trim().max(2000, "admin-err-too-long").default(""),
});
const DocLang = z.enum(["kk", "ru"]).catch("ru");

// ───────────── helpers ─────────────

const docT = (a: AdminDeps, lang: Locale) => translator(a.deps.i18n, lang);

function meetingDate(a: AdminDeps, m: MeetingRow): LocalDate {
  return localDate(m.startsAt, a.deps.tz);
}
function meetingTime(a: AdminDeps, m: MeetingRow): string {
  const min = localMinutesOfDay(m.startsAt, a.deps.tz);
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

/** The digest of a questionnaire as one line. */
export function digestLine(
  d: AnswerDigest,
  t: (k: string, v?: Record<string, string | number>) => string,
  locale: Locale,
): string {
  const parts: string[] = [];
  if (d.demand)
    parts.push(
      t("agenda-digest-demand", {
        year: String(d.demand.year),
        count: formatNumber(d.demand.count, locale),
      }),
    );
  if (d.yes.length)
    parts.push(
      t("agenda-digest-yes", { flags: d.yes.map((f) => t(`agenda-flag-${f}`)).join(", ") }),
    );
  if (d.partly.length)
    parts.push(
      t("agenda-digest-partly", { flags: d.partly.map((f) => t(`agenda-flag-${f}`)).join(", ") }),
    );
  if (!d.yes.length && !d.partly.length) parts.push(t("agenda-digest-none"));
  return parts.join(" · ");
}

interface AgendaRowText {
  no: number;
  service: string;
  agency: string;
  speaker: string;
  time: string;
  minutes: number;
}

function agendaRows(
  a: AdminDeps,
  m: MeetingRow,
  items: AgendaItemView[],
  lang: Locale,
): AgendaRowText[] {
  const plan = timePlan(localMinutesOfDay(m.startsAt, a.deps.tz), items);
  return items.map((i, k) => {
    const agency = nameOf({ nameKk: i.agencyNameKk, nameRu: i.agencyNameRu }, lang);
    return {
      no: k + 1,
      service: `${nameOf({ nameKk: i.serviceNameKk, nameRu: i.serviceNameRu }, lang)} (${i.registryCode})`,
      agency,
      speaker: i.speaker || agency,
      time: plan[k] ? `${plan[k].start}–${plan[k].end}` : "",
      minutes: i.minutes,
    };
  });
}

/** The agenda document in `lang` (kk/ru). */
export async function buildAgendaDocx(
  a: AdminDeps,
  m: MeetingRow,
  items: AgendaItemView[],
  lang: Locale,
) {
  const t = docT(a, lang);
  const rows = agendaRows(a, m, items, lang);
  const lines = [
    t("agenda-doc-when", { date: formatDate(meetingDate(a, m), lang), time: meetingTime(a, m) }),
    t("agenda-doc-place", { place: m.place || "—" }),
  ];
  if (m.agendaVersion > 0) lines.push(t("agenda-doc-version", { version: m.agendaVersion }));
  const plan = timePlan(localMinutesOfDay(m.startsAt, a.deps.tz), items);
  const { agendaDocx } = await import("../exports/agenda-docx.js"); // docx loads on first use
  return agendaDocx({
    title: t("agenda-doc-title"),
    lines,
    columns: [
      t("agenda-col-no"),
      t("agenda-col-service"),
      t("agenda-col-agency"),
      t("agenda-col-speaker"),
      t("agenda-col-time"),
    ],
    items: rows,
    footer: items.length
      ? t("agenda-total", { minutes: totalMinutes(items), end: plan.at(-1)?.end ?? "" })
      : undefined,
  });
}

export async function buildProtocolDocx(
  a: AdminDeps,
  m: MeetingRow,
  items: AgendaItemView[],
  lang: Locale,
) {
  const t = docT(a, lang);
  const repo = meetingsRepo(a.deps.db);
  const members = await repo.members();
  const present = members.filter((x) => (m.attendance ?? []).includes(x.id));
  const needed = quorumNeeded(members.length);
  const ok = hasQuorum(present.length, members.length);
  const { protocolDocx } = await import("../exports/protocol-docx.js");
  return protocolDocx({
    title: t("protocol-title"),
    lines: [
      t("agenda-doc-when", { date: formatDate(meetingDate(a, m), lang), time: meetingTime(a, m) }),
      t("agenda-doc-place", { place: m.place || "—" }),
    ],
    attendanceTitle: t("protocol-present"),
    present: present.map((x) => x.name),
    quorumLine: t(ok ? "protocol-quorum-ok" : "protocol-quorum-no", {
      present: present.length,
      total: members.length,
      needed,
    }),
    agendaTitle: t("protocol-agenda"),
    columns: [
      t("agenda-col-no"),
      t("agenda-col-service"),
      t("agenda-col-agency"),
      t("protocol-col-decision"),
      t("protocol-col-note"),
    ],
    items: items.map((i, k) => ({
      no: k + 1,
      service: `${nameOf({ nameKk: i.serviceNameKk, nameRu: i.serviceNameRu }, lang)} (${i.registryCode})`,
      agency: nameOf({ nameKk: i.agencyNameKk, nameRu: i.agencyNameRu }, lang),
      decision: i.decision ? t(`decision-${i.decision}`) : t("decision-none"),
      note: i.decisionNote ?? "",
    })),
    signatures: [t("protocol-chair"), t("protocol-secretary")],
  });
}

function htmlPage(
  c: Ctx,
  title: string,
  body: unknown,
  opts: { flash?: string; status?: number } = {},
) {
  return c.html(
    <>
      {raw("<!doctype html>")}
      <Layout c={c} title={title} flash={opts.flash}>
        {body as never}
      </Layout>
    </>,
    (opts.status ?? 200) as 200,
  );
}

function isSecretary(c: Ctx): boolean {
  return c.get("admin")?.role === "secretary";
}

// ───────────── routes ─────────────

export function agendaRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  const listPage = async (
    c: Ctx,
    form: { values?: FormValues; errors?: FieldErrors } = {},
    status = 200,
  ) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const repo = meetingsRepo(a.deps.db);
    const list = await repo.list();
    const cal = await a.deps.repos.calendar.load();
    const suggested = nextDefaultMeetingDate(localDate(a.deps.now(), a.deps.tz), cal);
    const v = form.values ?? {};
    return htmlPage(
      c,
      t("meeting-list-title"),
      <>
        {list.length ? (
          <table>
            <thead>
              <tr>
                <th>{t("meeting-date")}</th>
                <th>{t("meeting-place")}</th>
                <th>{t("meeting-status")}</th>
                <th>{t("meeting-items")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr>
                  <td>
                    <a href={`/meetings/${m.id}`}>{fmtDateTime(c, m.startsAt)}</a>
                  </td>
                  <td>{m.place || "—"}</td>
                  <td>
                    <span class="badge">{t(`meeting-status-${m.status}`)}</span>
                  </td>
                  <td>{m.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("meeting-none")}</p>
        )}
        {isSecretary(c) ? (
          <section class="narrow">
            <h2>{t("meeting-new")}</h2>
            <FormErrors c={c} errors={form.errors} />
            <PostForm c={c} action="/meetings">
              <label>
                {t("meeting-date")}
                <input type="date" name="date" value={v.date ?? suggested} required />
                <small>
                  {t("meeting-default-date-hint", { date: formatDate(suggested, locale) })}
                </small>
              </label>
              <label>
                {t("meeting-time")}
                <input type="time" name="time" value={v.time ?? DEFAULT_MEETING_TIME} required />
              </label>
              <label>
                {t("meeting-place")}
                <input type="text" name="place" value={v.place ?? ""} maxlength={300} />
              </label>
              <button type="submit">{t("meeting-create")}</button>
            </PostForm>
          </section>
        ) : null}
      </>,
      { status },
    );
  };

  app.get("/meetings", (c) => listPage(c));
  app.post("/meetings", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const r = validate(MeetingSchema, values);
    if (!r.ok) return listPage(c, { values, errors: r.errors }, 400);
    const m = await meetingsRepo(a.deps.db).create({
      startsAt: atLocalTime(r.data.date, r.data.time, a.deps.tz),
      place: r.data.place,
    });
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "create",
      entity: "meeting",
      entityId: m.id,
      after: m,
    });
    return c.redirect(`/meetings/${m.id}`, 303);
  });

  const showMeeting = async (
    c: Ctx,
    id: number,
    opts: {
      errors?: FieldErrors;
      values?: FormValues;
      flash?: string;
      report?: AgendaSendReport;
      status?: number;
    } = {},
  ) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const repo = meetingsRepo(a.deps.db);
    const m = await repo.byId(id);
    if (!m) return notFound(c);
    const q = CandidateQuery.parse(c.req.query());
    const secretary = isSecretary(c);
    const [items, cands, agencies, versions, members, cal] = await Promise.all([
      repo.items(id),
      m.status === "draft" && secretary
        ? repo.candidates(id, { agencyId: q.agency, status: q.status, q: q.q, limit: 100 })
        : Promise.resolve({ rows: [] as CandidateRow[], total: 0 }),
      m.status === "draft" && secretary ? agenciesRepo(a.deps.db).list() : Promise.resolve([]),
      repo.versions(id),
      repo.members(),
      a.deps.repos.calendar.load(),
    ]);
    const date = meetingDate(a, m);
    const today = localDate(a.deps.now(), a.deps.tz);
    const deadline = materialsDeadline(date, cal);
    const late = isLateForMaterials(today, date, cal);
    const plan = timePlan(localMinutesOfDay(m.startsAt, a.deps.tz), items);
    const draft = m.status === "draft";
    const present = new Set(m.attendance ?? []);
    const presentCount = members.filter((x) => present.has(x.id)).length;
    const back = `/meetings/${id}`;
    const report = opts.report;
    return htmlPage(
      c,
      t("meeting-title", { date: fmtDateTime(c, m.startsAt) }),
      <>
        <p>
          <span class="badge" data-status={m.status}>
            {t(`meeting-status-${m.status}`)}
          </span>{" "}
          {m.place ? `· ${m.place}` : ""}
          {m.agendaVersion > 0 ? ` · ${t("agenda-doc-version", { version: m.agendaVersion })}` : ""}
        </p>
        <p class="actions">
          <a href={`/meetings/${id}/print`}>{t("agenda-print")}</a>
          <a href={`/meetings/${id}/agenda.docx?lang=kk`}>{t("agenda-docx-kk")}</a>
          <a href={`/meetings/${id}/agenda.docx?lang=ru`}>{t("agenda-docx-ru")}</a>
          {m.status === "held" ? (
            <>
              <a href={`/meetings/${id}/protocol.docx?lang=kk`}>{t("protocol-docx-kk")}</a>
              <a href={`/meetings/${id}/protocol.docx?lang=ru`}>{t("protocol-docx-ru")}</a>
            </>
          ) : null}
        </p>
        <FormErrors c={c} errors={opts.errors} />
        {report ? (
          <div
            class={report.blocked.length || report.failed.length ? "notice error" : "notice"}
            role="status"
            id="send-report"
          >
            <p>
              {t("agenda-send-report", {
                sent: report.sent.length,
                blocked: report.blocked.length,
                unlinked: report.unlinked.length,
                failed: report.failed.length,
              })}
            </p>
            {report.blocked.length ? (
              <p>{t("agenda-send-blocked-list", { names: report.blocked.join(", ") })}</p>
            ) : null}
            {report.unlinked.length ? (
              <p>{t("agenda-send-unlinked-list", { names: report.unlinked.join(", ") })}</p>
            ) : null}
            {report.late ? (
              <p class="warn">
                {t("agenda-late-warning", { date: formatDate(report.deadline, locale) })}
              </p>
            ) : null}
          </div>
        ) : null}

        {secretary && draft ? (
          <details>
            <summary>{t("meeting-edit")}</summary>
            <PostForm c={c} action={back} class="narrow">
              <label>
                {t("meeting-date")}
                <input type="date" name="date" value={opts.values?.date ?? date} required />
              </label>
              <label>
                {t("meeting-time")}
                <input
                  type="time"
                  name="time"
                  value={opts.values?.time ?? meetingTime(a, m)}
                  required
                />
              </label>
              <label>
                {t("meeting-place")}
                <input
                  type="text"
                  name="place"
                  value={opts.values?.place ?? m.place}
                  maxlength={300}
                />
              </label>
              <button type="submit">{t("meeting-save")}</button>
            </PostForm>
          </details>
        ) : null}

        <h2>{t("agenda-title")}</h2>
        {!draft ? <p class="notice">{t("agenda-frozen", { version: m.agendaVersion })}</p> : null}
        {items.length ? (
          <div class="scroll">
            <table id="agenda">
              <thead>
                <tr>
                  <th>{t("agenda-col-no")}</th>
                  <th>{t("agenda-col-service")}</th>
                  <th>{t("agenda-col-agency")}</th>
                  <th>{t("agenda-col-speaker")}</th>
                  <th>{t("agenda-col-minutes")}</th>
                  <th>{t("agenda-col-time")}</th>
                  {secretary && draft ? <th></th> : null}
                </tr>
              </thead>
              <tbody>
                {items.map((i, k) => {
                  const agency = nameOf({ nameKk: i.agencyNameKk, nameRu: i.agencyNameRu }, locale);
                  return (
                    <tr data-item={String(i.id)}>
                      <td>{k + 1}</td>
                      <td>
                        <a href={`/responses/${i.responseId}`}>
                          {nameOf({ nameKk: i.serviceNameKk, nameRu: i.serviceNameRu }, locale)}
                        </a>{" "}
                        <small>{i.registryCode}</small>
                      </td>
                      <td>{agency}</td>
                      {secretary && draft ? (
                        <td colspan={2}>
                          <PostForm c={c} action={`${back}/items/${i.id}`} class="inline">
                            <input
                              type="text"
                              name="speaker"
                              value={i.speaker ?? ""}
                              placeholder={agency}
                              aria-label={t("agenda-col-speaker")}
                              maxlength={300}
                            />
                            <input
                              type="number"
                              name="minutes"
                              value={String(i.minutes)}
                              min={MINUTES_MIN}
                              max={MINUTES_MAX}
                              aria-label={t("agenda-col-minutes")}
                            />
                            <button type="submit">{t("agenda-save-item")}</button>
                          </PostForm>
                        </td>
                      ) : (
                        <>
                          <td>{i.speaker || agency}</td>
                          <td>{i.minutes}</td>
                        </>
                      )}
                      <td>
                        {plan[k]?.start}–{plan[k]?.end}
                      </td>
                      {secretary && draft ? (
                        <td class="actions">
                          <PostForm c={c} action={`${back}/items/${i.id}/move`} class="inline">
                            <input type="hidden" name="dir" value="up" />
                            <button
                              type="submit"
                              class="link"
                              disabled={k === 0}
                              aria-label={t("agenda-up")}
                            >
                              ↑ {t("agenda-up")}
                            </button>
                          </PostForm>
                          <PostForm c={c} action={`${back}/items/${i.id}/move`} class="inline">
                            <input type="hidden" name="dir" value="down" />
                            <button
                              type="submit"
                              class="link"
                              disabled={k === items.length - 1}
                              aria-label={t("agenda-down")}
                            >
                              ↓ {t("agenda-down")}
                            </button>
                          </PostForm>
                          <PostForm c={c} action={`${back}/items/${i.id}/remove`} class="inline">
                            <button type="submit" class="link">
                              ✕ {t("agenda-remove")}
                            </button>
                          </PostForm>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p id="agenda-total">
              {t("agenda-total", { minutes: totalMinutes(items), end: plan.at(-1)?.end ?? "" })}
            </p>
          </div>
        ) : (
          <p>{t("agenda-empty")}</p>
        )}

        {secretary ? (
          <section class="actions">
            {draft ? (
              <PostForm c={c} action={`${back}/approve`} class="inline">
                <button type="submit">{t("agenda-approve")}</button>
              </PostForm>
            ) : null}
            {m.status === "approved" ? (
              <>
                <PostForm c={c} action={`${back}/reopen`} class="inline">
                  <button type="submit">{t("agenda-reopen")}</button>
                </PostForm>
                <PostForm
                  c={c}
                  action={`${back}/held`}
                  class="inline"
                  confirm={t("agenda-mark-held")}
                >
                  <button type="submit">{t("agenda-mark-held")}</button>
                </PostForm>
              </>
            ) : null}
          </section>
        ) : null}

        {m.status !== "held" ? (
          <section>
            <h2>{t("agenda-send")}</h2>
            <p>{t("agenda-materials-deadline", { date: formatDate(deadline, locale) })}</p>
            {late ? (
              <p class="notice error" id="late-warning">
                {t("agenda-late-warning", { date: formatDate(deadline, locale) })}
              </p>
            ) : null}
            {m.sentToMembersAt ? (
              <p>{t("agenda-sent-at", { date: fmtDateTime(c, m.sentToMembersAt) })}</p>
            ) : null}
            {secretary ? (
              <PostForm c={c} action={`${back}/send`}>
                <button type="submit">{t("agenda-send")}</button>
              </PostForm>
            ) : null}
          </section>
        ) : null}

        {versions.length ? (
          <section>
            <h2>{t("agenda-versions")}</h2>
            <ul id="versions">
              {versions.map((v) => (
                <li>
                  {t("agenda-version-line", {
                    version: v.version,
                    date: fmtDateTime(c, v.createdAt),
                    items: (v.snapshot as { items?: unknown[] }).items?.length ?? 0,
                  })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {m.status !== "draft" ? (
          <section>
            <h2>{t("protocol-attendance")}</h2>
            {members.length ? (
              <>
                <p id="quorum">
                  {t(
                    hasQuorum(presentCount, members.length)
                      ? "protocol-quorum-ok"
                      : "protocol-quorum-no",
                    {
                      present: presentCount,
                      total: members.length,
                      needed: quorumNeeded(members.length),
                    },
                  )}
                </p>
                <PostForm c={c} action={`${back}/attendance`}>
                  {members.map((x) => (
                    <label class="inline">
                      <input
                        type="checkbox"
                        name="m"
                        value={String(x.id)}
                        checked={present.has(x.id)}
                        disabled={!secretary}
                      />{" "}
                      {x.name}
                    </label>
                  ))}
                  {secretary ? (
                    <button type="submit">{t("protocol-save-attendance")}</button>
                  ) : null}
                </PostForm>
              </>
            ) : (
              <p>{t("protocol-no-members")}</p>
            )}
          </section>
        ) : null}

        {m.status === "held" ? (
          <section>
            <h2>{t("decision-title")}</h2>
            <table id="decisions">
              <thead>
                <tr>
                  <th>{t("agenda-col-no")}</th>
                  <th>{t("agenda-col-service")}</th>
                  <th>{t("protocol-col-decision")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i, k) => (
                  <tr data-item={String(i.id)}>
                    <td>{k + 1}</td>
                    <td>
                      {nameOf({ nameKk: i.serviceNameKk, nameRu: i.serviceNameRu }, locale)}
                      <br />
                      <small>
                        {nameOf({ nameKk: i.agencyNameKk, nameRu: i.agencyNameRu }, locale)}
                      </small>
                    </td>
                    <td>
                      {secretary ? (
                        <PostForm c={c} action={`${back}/items/${i.id}/decision`}>
                          <select name="decision" aria-label={t("protocol-col-decision")}>
                            {DECISIONS.map((d) => (
                              <option value={d} selected={i.decision === d}>
                                {t(`decision-${d}`)}
                              </option>
                            ))}
                          </select>
                          <input
                            type="text"
                            name="note"
                            value={i.decisionNote ?? ""}
                            placeholder={t("decision-note")}
                            aria-label={t("decision-note")}
                            maxlength={2000}
                          />
                          <button type="submit">{t("decision-save")}</button>
                        </PostForm>
                      ) : (
                        <span>
                          {i.decision ? t(`decision-${i.decision}`) : t("decision-none")}{" "}
                          {i.decisionNote ?? ""}
                        </span>
                      )}
                      {i.roadmapId ? (
                        <a href={`/roadmaps/${i.roadmapId}`}>{t("decision-roadmap-link")}</a>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}

        {secretary && draft ? (
          <section>
            <h2>{t("agenda-candidates")}</h2>
            <form method="get" action={back} class="filters">
              <select name="agency" aria-label={t("agenda-filter-agency")}>
                <option value="">{t("agenda-filter-any-agency")}</option>
                {agencies.map((ag) => (
                  <option value={String(ag.id)} selected={q.agency === ag.id}>
                    {nameOf(ag, locale)}
                  </option>
                ))}
              </select>
              <select name="status" aria-label={t("agenda-filter-status")}>
                <option value="">{t("agenda-filter-any-status")}</option>
                <option value="submitted" selected={q.status === "submitted"}>
                  {t("agenda-status-submitted")}
                </option>
                <option value="accepted" selected={q.status === "accepted"}>
                  {t("agenda-status-accepted")}
                </option>
              </select>
              <input
                type="search"
                name="q"
                value={q.q ?? ""}
                placeholder={t("agenda-filter-search")}
                aria-label={t("agenda-filter-search")}
              />
              <button type="submit">{t("agenda-filter-apply")}</button>
            </form>
            <p>{t("agenda-candidates-found", { count: cands.total, shown: cands.rows.length })}</p>
            <PostForm c={c} action={`${back}/items`}>
              <div class="scroll">
                <table id="candidates">
                  <thead>
                    <tr>
                      <th></th>
                      <th>{t("agenda-col-service")}</th>
                      <th>{t("agenda-col-agency")}</th>
                      <th>{t("agenda-filter-status")}</th>
                      <th>{t("agenda-col-digest")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {cands.rows.map((r) => (
                      <tr>
                        <td>
                          <input
                            type="checkbox"
                            name="r"
                            value={String(r.responseId)}
                            id={`r${r.responseId}`}
                          />
                        </td>
                        <td>
                          <label for={`r${r.responseId}`} class="inline">
                            {nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}
                          </label>{" "}
                          <small>{r.registryCode}</small>
                        </td>
                        <td>
                          {nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}
                        </td>
                        <td>
                          {t(`agenda-status-${r.status === "accepted" ? "accepted" : "submitted"}`)}
                        </td>
                        <td>
                          <small>{digestLine(r.digest, t, locale)}</small>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <label class="inline">
                {t("agenda-col-minutes")}
                <input
                  type="number"
                  name="minutes"
                  value={String(DEFAULT_ITEM_MINUTES)}
                  min={MINUTES_MIN}
                  max={MINUTES_MAX}
                />
              </label>
              <button type="submit">{t("agenda-add")}</button>
            </PostForm>
          </section>
        ) : null}
      </>,
      { flash: opts.flash, status: opts.status },
    );
  };

  const withMeeting = async (c: Ctx) => {
    const id = idParam(c);
    if (!id) return null;
    const m = await meetingsRepo(c.get("a").deps.db).byId(id);
    return m ?? null;
  };
  const act = (
    c: Ctx,
    action: string,
    entityId: number | string,
    before?: unknown,
    after?: unknown,
  ) =>
    audit(c.get("a").deps.db, {
      actor: actorOf(c.get("admin")),
      action,
      entity: "meeting",
      entityId,
      before,
      after,
    });

  app.get("/meetings/:id", async (c) => {
    const id = idParam(c);
    return id ? showMeeting(c, id) : notFound(c);
  });

  app.post("/meetings/:id", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const values = await formValues(c);
    const r = validate(MeetingSchema, values);
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, values, status: 400 });
    if (m.status !== "draft")
      return showMeeting(c, m.id, { errors: { _form: "agenda-err-frozen" }, status: 409 });
    const after = await meetingsRepo(a.deps.db).update(m.id, {
      startsAt: atLocalTime(r.data.date, r.data.time, a.deps.tz),
      place: r.data.place,
    });
    await act(
      c,
      "update",
      m.id,
      { startsAt: m.startsAt, place: m.place },
      { startsAt: after?.startsAt, place: after?.place },
    );
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  /** Agenda edits are allowed on a draft only. */
  const draftOnly = async (c: Ctx): Promise<MeetingRow | Response> => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    if (m.status !== "draft")
      return showMeeting(c, m.id, { errors: { _form: "agenda-err-frozen" }, status: 409 });
    return m;
  };

  app.post("/meetings/:id/items", requireRole("secretary"), async (c) => {
    const m = await draftOnly(c);
    if (m instanceof Response) return m;
    const values = await formValues(c);
    const r = validate(AddSchema, values);
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    const added = await meetingsRepo(c.get("a").deps.db).addItems(m.id, r.data.r, r.data.minutes);
    await act(c, "agenda-add", m.id, undefined, { responseIds: r.data.r, added });
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  app.post("/meetings/:id/items/:item", requireRole("secretary"), async (c) => {
    const m = await draftOnly(c);
    if (m instanceof Response) return m;
    const itemId = idParam(c, "item");
    if (!itemId) return notFound(c);
    const values = await formValues(c);
    const r = validate(ItemSchema, values);
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    const row = await meetingsRepo(c.get("a").deps.db).setItem(m.id, itemId, {
      speaker: r.data.speaker || null,
      minutes: r.data.minutes,
    });
    if (!row) return notFound(c);
    await act(c, "agenda-item", m.id, undefined, {
      itemId,
      speaker: row.speaker,
      minutes: row.minutes,
    });
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  app.post("/meetings/:id/items/:item/move", requireRole("secretary"), async (c) => {
    const m = await draftOnly(c);
    if (m instanceof Response) return m;
    const itemId = idParam(c, "item");
    const r = validate(MoveSchema, await formValues(c));
    if (!itemId || !r.ok) return notFound(c);
    const order = await meetingsRepo(c.get("a").deps.db).moveItem(m.id, itemId, r.data.dir);
    await act(c, "agenda-move", m.id, undefined, { itemId, dir: r.data.dir, order });
    return c.redirect(`/meetings/${m.id}`, 303);
  });

  app.post("/meetings/:id/items/:item/remove", requireRole("secretary"), async (c) => {
    const m = await draftOnly(c);
    if (m instanceof Response) return m;
    const itemId = idParam(c, "item");
    if (!itemId) return notFound(c);
    const gone = await meetingsRepo(c.get("a").deps.db).removeItem(m.id, itemId);
    if (!gone) return notFound(c);
    await act(c, "agenda-remove", m.id, gone, undefined);
    return c.redirect(`/meetings/${m.id}`, 303);
  });

  app.post("/meetings/:id/approve", requireRole("secretary"), async (c) => {
    const m = await draftOnly(c);
    if (m instanceof Response) return m;
    const r = await meetingsRepo(c.get("a").deps.db).approve(m.id, c.get("a").deps.now());
    if (!r) return showMeeting(c, m.id, { errors: { _form: "agenda-err-frozen" }, status: 409 });
    await act(c, "agenda-approve", m.id, undefined, r);
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  app.post("/meetings/:id/reopen", requireRole("secretary"), async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const ok = await meetingsRepo(c.get("a").deps.db).reopen(m.id);
    if (!ok) return showMeeting(c, m.id, { errors: { _form: "agenda-err-state" }, status: 409 });
    await act(
      c,
      "agenda-reopen",
      m.id,
      { status: m.status, version: m.agendaVersion },
      { status: "draft" },
    );
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  app.post("/meetings/:id/held", requireRole("secretary"), async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const ok = await meetingsRepo(c.get("a").deps.db).markHeld(m.id);
    if (!ok) return showMeeting(c, m.id, { errors: { _form: "agenda-err-state" }, status: 409 });
    await act(c, "meeting-held", m.id, { status: m.status }, { status: "held" });
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  app.post("/meetings/:id/send", requireRole("secretary"), async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    if (m.status === "held")
      return showMeeting(c, m.id, { errors: { _form: "agenda-err-state" }, status: 409 });
    const a = c.get("a");
    const report = await a.notifications.agendaToMembers(m.id, (mm, items, lang) =>
      buildAgendaDocx(a, mm, items, lang),
    );
    await act(c, "agenda-send", m.id, undefined, report);
    return showMeeting(c, m.id, { report });
  });

  app.post("/meetings/:id/attendance", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    if (m.status === "draft")
      return showMeeting(c, m.id, { errors: { _form: "agenda-err-state" }, status: 409 });
    const r = validate(AttendanceSchema, await formValues(c));
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    const members = new Set((await meetingsRepo(a.deps.db).members()).map((x) => x.id));
    const attendance = [...new Set(r.data.m)].filter((x) => members.has(x)).sort((x, y) => x - y);
    await meetingsRepo(a.deps.db).update(m.id, { attendance });
    await act(c, "attendance", m.id, m.attendance, attendance);
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  app.post("/meetings/:id/items/:item/decision", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const itemId = idParam(c, "item");
    if (!itemId) return notFound(c);
    if (m.status !== "held")
      return showMeeting(c, m.id, { errors: { _form: "agenda-err-state" }, status: 409 });
    const r = validate(DecisionSchema, await formValues(c));
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    const cal = await a.deps.repos.calendar.load();
    const res = await meetingsRepo(a.deps.db).decide(m.id, itemId, {
      decision: r.data.decision,
      note: r.data.note || null,
      decidedOn: meetingDate(a, m),
      calendar: cal,
    });
    if (!res) return notFound(c);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "decision",
      entity: "agenda_item",
      entityId: itemId,
      before: { decision: res.before.decision, note: res.before.decisionNote },
      after: {
        decision: res.item.decision,
        note: res.item.decisionNote,
        roadmapId: res.roadmap?.id ?? null,
      },
    });
    if (res.roadmap) {
      await audit(a.deps.db, {
        actor: actorOf(c.get("admin")),
        action: "create",
        entity: "roadmap",
        entityId: res.roadmap.id,
        after: res.roadmap,
      });
      await a.notifications.roadmapOpened(res.roadmap.id);
    }
    return redirectOk(c, `/meetings/${m.id}`, "admin-saved");
  });

  app.get("/meetings/:id/print", async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const locale: Locale = c.get("locale");
    const t = c.get("t");
    const items = await meetingsRepo(a.deps.db).items(m.id);
    const rows = agendaRows(a, m, items, locale);
    return htmlPage(
      c,
      t("agenda-doc-title"),
      <>
        <p>
          {t("agenda-doc-when", {
            date: formatDate(meetingDate(a, m), locale),
            time: meetingTime(a, m),
          })}
        </p>
        <p>{t("agenda-doc-place", { place: m.place || "—" })}</p>
        {m.agendaVersion > 0 ? (
          <p>{t("agenda-doc-version", { version: m.agendaVersion })}</p>
        ) : null}
        <table id="print-agenda">
          <thead>
            <tr>
              <th>{t("agenda-col-no")}</th>
              <th>{t("agenda-col-service")}</th>
              <th>{t("agenda-col-agency")}</th>
              <th>{t("agenda-col-speaker")}</th>
              <th>{t("agenda-col-time")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{r.no}</td>
                <td>{r.service}</td>
                <td>{r.agency}</td>
                <td>{r.speaker}</td>
                <td>{r.time}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  });

  const docx = (c: Context<AdminEnv>, bytes: Uint8Array, name: string) =>
    download(c, bytes, name, DOCX_TYPE);

  app.get("/meetings/:id/agenda.docx", async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const lang = DocLang.parse(c.req.query("lang"));
    const items = await meetingsRepo(a.deps.db).items(m.id);
    return docx(c, await buildAgendaDocx(a, m, items, lang), `agenda-${m.id}-${lang}.docx`);
  });

  app.get("/meetings/:id/protocol.docx", async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    if (m.status !== "held") return notFound(c);
    const lang = DocLang.parse(c.req.query("lang"));
    const items = await meetingsRepo(a.deps.db).items(m.id);
    return docx(c, await buildProtocolDocx(a, m, items, lang), `protocol-${m.id}-${lang}.docx`);
  });

  return app;
}
