/**
 * The Commission's meetings (000 p.10–13, 001 p.27–30): the agenda compiler, approval and
 * versions, sending to members, attendance, decisions, the printable agenda and the agenda and
 * protocol DOCX in kk and ru. Routes validate, call src/services/meetings.ts and render
 * pages/*. The secretary writes; members read.
 */
import { Hono } from "hono";
import { agendaLines, canDecide } from "../../src/domain/agenda.js";
import type { AgendaSendReport } from "../../src/notifications/agenda.js";
import type { Acting } from "../../src/services/acting.js";
import {
  addAgendaItems,
  approveMeetingAgenda,
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
  setAgendaItem,
  updateMeeting,
} from "../../src/services/meetings.js";
import { requireRole } from "../auth/session.js";
import { type FieldErrors, type FormValues, formValues, validate } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { DocLang } from "../documents/lang.js";
import { DOCX_TYPE, download, fmtDateTime, idParam, notFound, redirectOk } from "../lib.js";
import { MeetingListPage } from "./pages/list.js";
import { MeetingPage } from "./pages/meeting.js";
import { PrintPage } from "./pages/print.js";
import {
  AddSchema,
  AttendanceSchema,
  CandidateQuery,
  DecisionSchema,
  ItemSchema,
  MeetingSchema,
  MoveSchema,
} from "./schemas.js";

const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });
const isSecretary = (c: Ctx) => c.get("admin")?.role === "secretary";

const REFUSAL_KEYS: Record<Exclude<MeetingRefusal, "not-found">, string> = {
  frozen: "agenda-err-frozen",
  state: "agenda-err-state",
};

async function listPage(c: Ctx, form: { values?: FormValues; errors?: FieldErrors } = {}) {
  const data = await meetingList(c.get("a").deps);
  return c.render(<MeetingListPage {...data} {...form} />, {
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
    status?: 400 | 409;
  } = {},
) {
  const a = c.get("a");
  const m = await findMeeting(a.deps, id);
  if (!m) return notFound(c);
  const data = await meetingPage(a.deps, m, {
    compiling: isSecretary(c),
    query: CandidateQuery.parse(c.req.query()),
  });
  if (o.status) c.status(o.status);
  return c.render(
    <MeetingPage data={data} errors={o.errors} values={o.values} report={o.report} />,
    {
      title: c.get("t")("meeting-title", { date: fmtDateTime(c, m.startsAt) }),
    },
  );
}

/** The answer to a change: back to the meeting, or why it was refused (404 / 409). */
function answer(
  c: Ctx,
  id: number,
  r: MeetingOutcome<unknown>,
  redirect: "saved" | "plain" = "saved",
) {
  if (!r.ok) {
    if (r.refusal === "not-found") return notFound(c);
    return showMeeting(c, id, { errors: { _form: REFUSAL_KEYS[r.refusal] }, status: 409 });
  }
  return redirect === "saved"
    ? redirectOk(c, `/meetings/${id}`, "admin-saved")
    : c.redirect(`/meetings/${id}`, 303);
}

const withMeeting = async (c: Ctx) => {
  const id = idParam(c);
  return id ? findMeeting(c.get("a").deps, id) : undefined;
};

export function meetingsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const secretary = requireRole("secretary");

  app.get("/meetings", (c) => listPage(c));

  app.post("/meetings", secretary, async (c) => {
    const values = await formValues(c);
    const r = validate(MeetingSchema, values);
    if (!r.ok) {
      c.status(400);
      return listPage(c, { values, errors: r.errors });
    }
    const m = await createMeeting(acting(c), r.data);
    return c.redirect(`/meetings/${m.id}`, 303);
  });

  app.get("/meetings/:id", async (c) => {
    const id = idParam(c);
    return id ? showMeeting(c, id) : notFound(c);
  });

  app.post("/meetings/:id", secretary, async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const values = await formValues(c);
    const r = validate(MeetingSchema, values);
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, values, status: 400 });
    return answer(c, m.id, await updateMeeting(acting(c), m, r.data));
  });

  app.post("/meetings/:id/items", secretary, async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const r = validate(AddSchema, await formValues(c));
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    return answer(c, m.id, await addAgendaItems(acting(c), m, r.data.r, r.data.minutes));
  });

  app.post("/meetings/:id/items/:item", secretary, async (c) => {
    const m = await withMeeting(c);
    const itemId = idParam(c, "item");
    if (!m || !itemId) return notFound(c);
    const r = validate(ItemSchema, await formValues(c));
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    return answer(c, m.id, await setAgendaItem(acting(c), m, itemId, r.data));
  });

  app.post("/meetings/:id/items/:item/move", secretary, async (c) => {
    const m = await withMeeting(c);
    const itemId = idParam(c, "item");
    const r = validate(MoveSchema, await formValues(c));
    if (!m || !itemId || !r.ok) return notFound(c);
    return answer(c, m.id, await moveAgendaItem(acting(c), m, itemId, r.data.dir), "plain");
  });

  app.post("/meetings/:id/items/:item/remove", secretary, async (c) => {
    const m = await withMeeting(c);
    const itemId = idParam(c, "item");
    if (!m || !itemId) return notFound(c);
    return answer(c, m.id, await removeAgendaItem(acting(c), m, itemId), "plain");
  });

  app.post("/meetings/:id/approve", secretary, async (c) => {
    const m = await withMeeting(c);
    return m ? answer(c, m.id, await approveMeetingAgenda(acting(c), m)) : notFound(c);
  });

  app.post("/meetings/:id/reopen", secretary, async (c) => {
    const m = await withMeeting(c);
    return m ? answer(c, m.id, await reopenMeetingAgenda(acting(c), m)) : notFound(c);
  });

  app.post("/meetings/:id/held", secretary, async (c) => {
    const m = await withMeeting(c);
    return m ? answer(c, m.id, await markMeetingHeld(acting(c), m)) : notFound(c);
  });

  app.post("/meetings/:id/send", secretary, async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const a = c.get("a");
    const r = await sendMeetingAgenda(acting(c), m, async (id) => {
      const { buildAgendaDocx } = await import("../documents/agenda-docx.js"); // docx loads on first use
      return a.notifications.agendaToMembers(id, (mm, items, lang) =>
        buildAgendaDocx(a.deps, mm, items, lang),
      );
    });
    if (!r.ok) return answer(c, m.id, r);
    return showMeeting(c, m.id, { report: r.value });
  });

  app.post("/meetings/:id/attendance", secretary, async (c) => {
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const r = validate(AttendanceSchema, await formValues(c));
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    return answer(c, m.id, await recordAttendance(acting(c), m, r.data.m));
  });

  app.post("/meetings/:id/items/:item/decision", secretary, async (c) => {
    const m = await withMeeting(c);
    const itemId = idParam(c, "item");
    if (!m || !itemId) return notFound(c);
    const r = validate(DecisionSchema, await formValues(c));
    if (!r.ok) return showMeeting(c, m.id, { errors: r.errors, status: 400 });
    const res = await decideItem(acting(c), m, itemId, r.data);
    if (res.ok && res.value) await c.get("a").notifications.roadmapOpened(res.value.id);
    return answer(c, m.id, res);
  });

  app.get("/meetings/:id/print", async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const clock = meetingClock(m, a.deps.tz);
    const lines = agendaLines(clock.startMinutes, await meetingItems(a.deps, m), c.get("locale"));
    return c.render(<PrintPage meeting={m} clock={clock} lines={lines} />, {
      title: c.get("t")("agenda-doc-title"),
    });
  });

  app.get("/meetings/:id/agenda.docx", async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m) return notFound(c);
    const lang = DocLang.parse(c.req.query("lang"));
    const { buildAgendaDocx } = await import("../documents/agenda-docx.js"); // docx loads on first use
    const bytes = await buildAgendaDocx(a.deps, m, await meetingItems(a.deps, m), lang);
    return download(c, bytes, `agenda-${m.id}-${lang}.docx`, DOCX_TYPE);
  });

  app.get("/meetings/:id/protocol.docx", async (c) => {
    const a = c.get("a");
    const m = await withMeeting(c);
    if (!m || !canDecide(m.status)) return notFound(c);
    const lang = DocLang.parse(c.req.query("lang"));
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
