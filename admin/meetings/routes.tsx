/**
 * The Commission's meetings (000 p.10–13, 001 p.27–30): the agenda compiler, approval and
 * versions, sending to members (an approved version, once, after a confirmation page), the
 * meeting held (from its date), cancelling a meeting made by mistake, attendance, decisions, the
 * printable agenda and the agenda and protocol DOCX in kk and ru. Routes validate, call
 * src/services/meetings.ts and render pages/*. The secretary writes; members read.
 */
import { Hono } from "hono";
import { type AgendaSnapshot, agendaLines, canDecide } from "../../src/domain/agenda.js";
import type { AgendaSendReport } from "../../src/notifications/agenda.js";
import type { Acting } from "../../src/services/acting.js";
import {
  addAgendaItems,
  approveMeetingAgenda,
  type CandidateQuery,
  cancelMeeting,
  createMeeting,
  decideItem,
  findMeeting,
  type MeetingOutcome,
  type MeetingRefusal,
  markMeetingHeld,
  meetingClock,
  meetingItems,
  meetingList,
  meetingPage,
  moveAgendaItem,
  recordAttendance,
  removeAgendaItem,
  reopenMeetingAgenda,
  sendMeetingAgenda,
  sendPreview,
  sendRefusal,
  setAgendaItem,
  updateMeeting,
} from "../../src/services/meetings.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { DOCX_TYPE, download, fmtDateTime, notFound, redirectOk } from "../lib.js";
import { validForm, validIds, validQuery } from "../validation.js";
import { MeetingListPage } from "./pages/list.js";
import { MeetingPage } from "./pages/meeting.js";
import { PrintPage } from "./pages/print.js";
import { SendConfirmPage } from "./pages/send-confirm.js";
import {
  AddSchema,
  AttendanceSchema,
  CancelSchema,
  CandidateQuery as CandidateQuerySchema,
  DecisionSchema,
  DocQuery,
  ItemSchema,
  MeetingSchema,
  MoveSchema,
  SendSchema,
} from "./schemas.js";

const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });
const isSecretary = (c: Ctx) => c.get("admin")?.role === "secretary";
/** The meeting id of the path (checked by validIds before any handler runs). */
const meetingId = (c: Ctx) => Number(c.req.param("id"));

async function listPage(c: Ctx, values?: FormValues, errors?: FieldErrors) {
  const data = await meetingList(c.get("a").deps);
  return c.render(<MeetingListPage {...data} values={values} errors={errors} />, {
    title: c.get("t")("meeting-list-title"),
  });
}

async function showMeeting(
  c: Ctx,
  id: number,
  o: {
    errors?: FieldErrors;
    values?: FormValues;
    report?: AgendaSendReport;
    query?: CandidateQuery;
    refusal?: MeetingRefusal;
    status?: 400 | 409;
  } = {},
) {
  const a = c.get("a");
  const m = await findMeeting(a.deps, id);
  if (!m) return notFound(c);
  const data = await meetingPage(a.deps, m, { compiling: isSecretary(c), query: o.query ?? {} });
  if (o.status) c.status(o.status);
  return c.render(
    <MeetingPage
      data={data}
      errors={o.errors}
      values={o.values}
      report={o.report}
      refusal={o.refusal}
    />,
    { title: c.get("t")("meeting-title", { date: fmtDateTime(c, m.startsAt) }) },
  );
}

/** A form on the meeting page that failed validation: the page again (400, set by validForm). */
const invalidOnMeeting = (c: Ctx, values: FormValues, errors: FieldErrors) =>
  showMeeting(c, meetingId(c), { errors, values });

/** The answer to a change: back to the meeting, or why it was refused (404 / 409). */
function answer(c: Ctx, id: number, r: MeetingOutcome<unknown>, saved = true) {
  if (!r.ok) {
    if (r.refusal.reason === "not-found") return notFound(c);
    return showMeeting(c, id, { refusal: r.refusal, status: 409 });
  }
  return saved
    ? redirectOk(c, `/meetings/${id}`, "admin-saved")
    : c.redirect(`/meetings/${id}`, 303);
}

const withMeeting = (c: Ctx) => findMeeting(c.get("a").deps, meetingId(c));

export function meetingsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const secretary = requireRole("secretary");
  const ids = validIds("id");
  const itemIds = validIds("id", "item");

  app.get("/meetings", (c) => listPage(c));

  app.post("/meetings", secretary, validForm(MeetingSchema, listPage), async (c) => {
    const m = await createMeeting(acting(c), c.req.valid("form"));
    return c.redirect(`/meetings/${m.id}`, 303);
  });

  app.get("/meetings/:id", ids, validQuery(CandidateQuerySchema), (c) =>
    showMeeting(c, c.req.valid("param").id, { query: c.req.valid("query") }),
  );

  app.post(
    "/meetings/:id",
    secretary,
    ids,
    validForm(MeetingSchema, invalidOnMeeting),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      return answer(c, m.id, await updateMeeting(acting(c), m, c.req.valid("form")));
    },
  );

  app.post(
    "/meetings/:id/items",
    secretary,
    ids,
    validForm(AddSchema, invalidOnMeeting),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      const { r, minutes } = c.req.valid("form");
      return answer(c, m.id, await addAgendaItems(acting(c), m, r, minutes));
    },
  );

  app.post(
    "/meetings/:id/items/:item",
    secretary,
    itemIds,
    validForm(ItemSchema, invalidOnMeeting),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      const { item } = c.req.valid("param");
      return answer(c, m.id, await setAgendaItem(acting(c), m, item, c.req.valid("form")));
    },
  );

  app.post(
    "/meetings/:id/items/:item/move",
    secretary,
    itemIds,
    validForm(MoveSchema, (c) => notFound(c)),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      const { item } = c.req.valid("param");
      const { dir } = c.req.valid("form");
      return answer(c, m.id, await moveAgendaItem(acting(c), m, item, dir), false);
    },
  );

  app.post("/meetings/:id/items/:item/remove", secretary, itemIds, async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const { item } = c.req.valid("param");
    return answer(c, m.id, await removeAgendaItem(acting(c), m, item), false);
  });

  app.post("/meetings/:id/approve", secretary, ids, async (c) => {
    const m = await withMeeting(c);
    return m ? answer(c, m.id, await approveMeetingAgenda(acting(c), m)) : notFound(c);
  });

  app.post("/meetings/:id/reopen", secretary, ids, async (c) => {
    const m = await withMeeting(c);
    return m ? answer(c, m.id, await reopenMeetingAgenda(acting(c), m)) : notFound(c);
  });

  app.post("/meetings/:id/held", secretary, ids, async (c) => {
    const m = await withMeeting(c);
    return m ? answer(c, m.id, await markMeetingHeld(acting(c), m)) : notFound(c);
  });

  app.post(
    "/meetings/:id/cancel",
    secretary,
    ids,
    validForm(CancelSchema, invalidOnMeeting),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      return answer(c, m.id, await cancelMeeting(acting(c), m, c.req.valid("form").reason));
    },
  );

  /** The confirmation before sending: which version, to whom (nothing is sent yet). */
  const confirmSend = async (c: Ctx, status?: 400) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const refusal = sendRefusal(m);
    if (refusal) return showMeeting(c, m.id, { refusal, status: 409 });
    if (status) c.status(status);
    const preview = await sendPreview(c.get("a").deps, m);
    return c.render(<SendConfirmPage meeting={m} {...preview} />, {
      title: c.get("t")("agenda-send-confirm-title"),
    });
  };

  app.get("/meetings/:id/send", secretary, ids, (c) => confirmSend(c));

  app.post(
    "/meetings/:id/send",
    secretary,
    ids,
    validForm(SendSchema, (c) => confirmSend(c, 400)),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      const a = c.get("a");
      const r = await sendMeetingAgenda(acting(c), m, c.req.valid("form").version, async (id) => {
        const { buildAgendaDocx } = await import("../documents/agenda-docx.js"); // docx loads on first use
        return a.notifications.agendaToMembers(id, (mm, items, lang) =>
          buildAgendaDocx(a.deps, mm, items, lang),
        );
      });
      if (!r.ok) return answer(c, m.id, r);
      return showMeeting(c, m.id, { report: r.value });
    },
  );

  app.post(
    "/meetings/:id/attendance",
    secretary,
    ids,
    validForm(AttendanceSchema, invalidOnMeeting),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      return answer(c, m.id, await recordAttendance(acting(c), m, c.req.valid("form").m));
    },
  );

  app.post(
    "/meetings/:id/items/:item/decision",
    secretary,
    itemIds,
    validForm(DecisionSchema, invalidOnMeeting),
    async (c) => {
      const m = await withMeeting(c);
      if (!m) return notFound(c);
      const { item } = c.req.valid("param");
      const res = await decideItem(acting(c), m, item, c.req.valid("form"));
      if (res.ok && res.value.follow === "open" && res.value.roadmap)
        await c.get("a").notifications.roadmapOpened(res.value.roadmap.id);
      return answer(c, m.id, res);
    },
  );

  app.get("/meetings/:id/print", ids, async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const clock = meetingClock(m, a.deps.tz);
    const lines = agendaLines(clock.startMinutes, await meetingItems(a.deps, m), c.get("locale"));
    return c.render(<PrintPage meeting={m} clock={clock} lines={lines} />, {
      title: c.get("t")("agenda-doc-title"),
    });
  });

  // an approved version as it was frozen, read-only (the Commission may change the agenda: p.12)
  app.get("/meetings/:id/versions/:version", validIds("id", "version"), async (c) => {
    const a = c.get("a");
    const t = c.get("t");
    const { id, version } = c.req.valid("param");
    const [m, v] = await Promise.all([
      findMeeting(a.deps, id),
      a.deps.repos.meetings.version(id, version),
    ]);
    if (!m || !v) return notFound(c);
    const snapshot = v.snapshot as AgendaSnapshot;
    const clock = meetingClock({ startsAt: new Date(snapshot.startsAt) }, a.deps.tz);
    const lines = agendaLines(clock.startMinutes, snapshot.items, c.get("locale"));
    return c.render(
      <PrintPage
        meeting={{ ...m, place: snapshot.place, agendaVersion: v.version }}
        clock={clock}
        lines={lines}
        notice={t("agenda-version-readonly", {
          version: v.version,
          date: fmtDateTime(c, v.createdAt),
          current: m.agendaVersion,
        })}
      />,
      { title: t("agenda-doc-title") },
    );
  });

  app.get("/meetings/:id/agenda.docx", ids, validQuery(DocQuery), async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const { lang } = c.req.valid("query");
    const { buildAgendaDocx } = await import("../documents/agenda-docx.js"); // docx loads on first use
    const bytes = await buildAgendaDocx(a.deps, m, await meetingItems(a.deps, m), lang);
    return download(c, bytes, `agenda-${m.id}-${lang}.docx`, DOCX_TYPE);
  });

  app.get("/meetings/:id/protocol.docx", ids, validQuery(DocQuery), async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m || !canDecide(m.status)) return notFound(c);
    const { lang } = c.req.valid("query");
    const [items, members] = await Promise.all([
      meetingItems(a.deps, m),
      a.deps.repos.meetings.members(),
    ]);
    const { buildProtocolDocx } = await import("../documents/protocol-docx.js");
    const bytes = await buildProtocolDocx(a.deps, m, items, members, lang);
    return download(c, bytes, `protocol-${m.id}-${lang}.docx`, DOCX_TYPE);
  });

  return app;
}
