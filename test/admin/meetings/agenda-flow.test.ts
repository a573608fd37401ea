/**
 * The Commission's agenda end to end through the admin panel (real app, real database, the
 * built-in fake Telegram): compile, reorder, versions, the 3-working-day warning, sending to
 * members (blocked and unlinked members reported), decisions opening roadmaps, DOCX outputs,
 * roadmap reminders exactly once.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionsRepo } from "../../../src/db/repositories/sessions.js";
import {
  admins,
  agendaItems,
  agendaVersions,
  auditLog,
  meetings,
  reminderLedger,
  roadmaps,
} from "../../../src/db/schema.js";
import { runRoadmapReminders } from "../../../src/jobs/roadmap-reminders.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { type AgendaWorld, docxText, seedAgendaWorld } from "../../helpers/agenda.js";

let h: AdminHarness;
let sec: As;
let member: As;
let w: AgendaWorld;
let meetingId: number;
const M1 = 7001;
const M2 = 7002;

beforeAll(async () => {
  h = await adminHarness();
  h.clock.now = new Date("2026-04-10T05:00:00Z"); // Friday 10:00 Almaty
  sec = await h.login("secretary", "Секретарь");
  member = await h.login("member", "Член 1");
  const m2 = await h.login("member", "Член 2");
  await h.login("member", "Член 3 без Telegram");
  await h.db.db
    .update(admins)
    .set({ telegramId: M1, locale: "ru" })
    .where(eq(admins.id, member.adminId));
  await h.db.db
    .update(admins)
    .set({ telegramId: M2, locale: "kk" })
    .where(eq(admins.id, m2.adminId));
  const sim = h.app.simulator!;
  sim.addUser({ id: M1, first_name: "M1", language_code: "ru" });
  sim.addUser({ id: M2, first_name: "M2", language_code: "kk" });
  sim.block(M2);
  w = await seedAgendaWorld(h.db.db, { services: 6, agencies: 2, officialTelegramId: 5001 });
  sim.addUser({ id: 5001, first_name: "O1", language_code: "ru" });
  sim.addUser({ id: 5002, first_name: "O2", language_code: "ru" });
}, 60_000);
afterAll(async () => {
  await h.close();
});

/** moves the clock; sessions last 12 hours, so the secretary logs in again */
async function at(iso: string) {
  h.clock.now = new Date(iso);
  const s = await sessionsRepo(h.db.db).create(sec.adminId, h.clock.now);
  sec = { cookie: `sid=${s.id}`, csrf: s.csrfToken, adminId: sec.adminId };
}

const items = () =>
  h.db.db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(agendaItems.position);

describe("compiling the agenda", () => {
  it("creates a meeting, defaulting to the third Monday", async () => {
    const list = await (await h.get("/meetings", sec)).text();
    expect(list).toContain('value="2026-04-20"'); // third Monday of April 2026
    const res = await h.post(
      "/meetings",
      { date: "2026-04-20", time: "15:00", place: "Дом министерств, зал 3" },
      sec,
    );
    expect(res.status).toBe(303);
    meetingId = Number(/\/meetings\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
    expect(meetingId).toBeGreaterThan(0);
    // a draft is neither re-opened nor held, and takes no attendance
    for (const path of ["reopen", "held", "attendance"]) {
      const refused = await h.post(`/meetings/${meetingId}/${path}`, {}, sec);
      expect(refused.status).toBe(409);
      expect(await refused.text()).toContain('role="alert"');
    }
    expect(
      (await h.post("/meetings", { date: "2026-02-30", time: "25:00", place: "" }, sec)).status,
    ).toBe(400);
  });

  it("filters candidates by agency and shows the digest of answers", async () => {
    const html = await (await h.get(`/meetings/${meetingId}?agency=${w.agencyIds[0]}`, sec)).text();
    expect(html).toContain("Услуга 0001");
    expect(html).not.toContain("Услуга 0002"); // other agency
    expect(html).toContain("одноразовый пароль");
    expect(html).toContain("спрос за 2025 г.");
    const accepted = await (await h.get(`/meetings/${meetingId}?status=accepted`, sec)).text();
    expect(accepted).toContain("Услуга 0005");
    expect(accepted).not.toContain("Услуга 0001");
  });

  it("adds, reorders, sets speaker/minutes and removes, with the time plan", async () => {
    const [r1, r2, r3, r4] = w.responses;
    expect(
      (
        await h.post(
          `/meetings/${meetingId}/items`,
          { r: [String(r1!.id), String(r2!.id), String(r3!.id), String(r4!.id)], minutes: "10" },
          sec,
        )
      ).status,
    ).toBe(303);
    expect((await items()).map((i) => i.responseId)).toEqual([r1!.id, r2!.id, r3!.id, r4!.id]);
    const third = (await items())[2]!;
    await h.post(`/meetings/${meetingId}/items/${third.id}/move`, { dir: "up" }, sec);
    expect((await items()).map((i) => i.responseId)).toEqual([r1!.id, r3!.id, r2!.id, r4!.id]);
    const first = (await items())[0]!;
    await h.post(`/meetings/${meetingId}/items/${first.id}/move`, { dir: "up" }, sec); // no-op at the top
    expect((await items()).map((i) => i.responseId)).toEqual([r1!.id, r3!.id, r2!.id, r4!.id]);
    expect(
      (
        await h.post(
          `/meetings/${meetingId}/items/${first.id}`,
          { speaker: "Вице-министр А. Б.", minutes: "25" },
          sec,
        )
      ).status,
    ).toBe(303);
    expect(
      (await h.post(`/meetings/${meetingId}/items/${first.id}`, { speaker: "", minutes: "0" }, sec))
        .status,
    ).toBe(400);
    const last = (await items())[3]!;
    await h.post(`/meetings/${meetingId}/items/${last.id}/remove`, {}, sec);
    expect((await items()).map((i) => [i.responseId, i.position])).toEqual([
      [r1!.id, 1],
      [r3!.id, 2],
      [r2!.id, 3],
    ]);
    const html = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(html).toContain("15:00–15:25");
    expect(html).toContain("15:25–15:35");
    expect(html).toContain("15:35–15:45");
    expect(html).toContain("Всего минут: 45, окончание в 15:45");
  });

  it("approves (version 1), freezes, re-opens and approves again (version 2)", async () => {
    expect((await h.post(`/meetings/${meetingId}/approve`, {}, sec)).status).toBe(303);
    const [m] = await h.db.db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(m?.status).toBe("approved");
    expect(m?.agendaVersion).toBe(1);
    const r5 = w.responses[4]!;
    expect((await h.post(`/meetings/${meetingId}/items`, { r: String(r5.id) }, sec)).status).toBe(
      409,
    );
    // approved, not held: no decisions yet
    const [firstItem] = await items();
    expect(
      (
        await h.post(
          `/meetings/${meetingId}/items/${firstItem!.id}/decision`,
          { decision: "recommended", note: "" },
          sec,
        )
      ).status,
    ).toBe(409);
    expect((await h.post(`/meetings/${meetingId}/approve`, {}, sec)).status).toBe(409);
    expect((await h.post(`/meetings/${meetingId}/reopen`, {}, sec)).status).toBe(303);
    await h.post(`/meetings/${meetingId}/items`, { r: String(r5.id), minutes: "15" }, sec);
    await h.post(`/meetings/${meetingId}/approve`, {}, sec);
    const versions = await h.db.db
      .select()
      .from(agendaVersions)
      .where(eq(agendaVersions.meetingId, meetingId))
      .orderBy(agendaVersions.version);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((versions[0]!.snapshot as { items: unknown[] }).items).toHaveLength(3);
    expect((versions[1]!.snapshot as { items: unknown[] }).items).toHaveLength(4);
    const html = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(html).toContain("Редакция № 2");
  });

  it("members read but cannot change", async () => {
    expect((await h.get(`/meetings/${meetingId}`, member)).status).toBe(200);
    expect((await h.post(`/meetings/${meetingId}/reopen`, {}, member)).status).toBe(403);
  });
});

describe("sending to members", () => {
  it("warns after the 3-working-day limit only", async () => {
    // meeting Monday 20 April → materials by Wednesday 15 April
    await at("2026-04-15T05:00:00Z");
    expect(await (await h.get(`/meetings/${meetingId}`, sec)).text()).not.toContain(
      'id="late-warning"',
    );
    await at("2026-04-16T05:00:00Z");
    const html = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(html).toContain('id="late-warning"');
  });

  it("sends the agenda and the DOCX after a confirmation; blocked and unlinked members are reported", async () => {
    // the confirmation names the version and the members; nothing is sent by it
    const confirm = await h.get(`/meetings/${meetingId}/send`, sec);
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain(
      "Разослать редакцию № 2 повестки членам Комиссии с привязанным Telegram (2)?",
    );
    expect(page).toContain('name="version" value="2"');
    expect(h.app.simulator!.messages(M1)).toHaveLength(0);
    const res = await h.post(`/meetings/${meetingId}/send`, { version: "2" }, sec);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Разослано: 1. Заблокировали бота: 1. Без привязанного Telegram: 1.");
    expect(html).toContain("Член 2");
    expect(html).toContain("Член 3 без Telegram");
    const got = h.app.simulator!.messages(M1);
    expect(got[0]?.text).toContain("Повестка дня заседания");
    expect(got[0]?.text).toContain("Услуга 0001");
    expect(got[0]?.text).not.toContain("/meetings/"); // no public address: no (relative) link
    const doc = got.find((m) => m.document)?.document;
    expect(doc?.file_name).toMatch(/\.docx$/);
    expect(await docxText(doc!.content)).toContain("Услуга 0003");
    const [m] = await h.db.db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(m?.sentToMembersAt).not.toBeNull();
    expect(m?.sentVersion).toBe(2);
  });
});

describe("the meeting, decisions and roadmaps", () => {
  it("records attendance with the quorum and decisions; recommended opens a roadmap due a month later", async () => {
    await at("2026-04-20T12:00:00Z");
    expect((await h.post(`/meetings/${meetingId}/held`, {}, sec)).status).toBe(303);
    // a held meeting is not sent, re-opened, approved or held again
    for (const path of ["send", "reopen", "approve", "held"]) {
      expect((await h.post(`/meetings/${meetingId}/${path}`, {}, sec)).status).toBe(409);
    }
    const members = await h.db.db.select().from(admins).where(eq(admins.role, "member"));
    await h.post(
      `/meetings/${meetingId}/attendance`,
      { m: members.slice(0, 2).map((x) => String(x.id)) },
      sec,
    );
    const html = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(html).toContain("Кворум имеется: присутствует членов Комиссии — 2 из 3");
    const [i1, i2, i3] = await items();
    expect(
      (
        await h.post(
          `/meetings/${meetingId}/items/${i1!.id}/decision`,
          { decision: "recommended", note: "" },
          sec,
        )
      ).status,
    ).toBe(303);
    await h.post(
      `/meetings/${meetingId}/items/${i2!.id}/decision`,
      { decision: "returned", note: "Уточнить статистику" },
      sec,
    );
    await h.post(
      `/meetings/${meetingId}/items/${i3!.id}/decision`,
      { decision: "rejected", note: "" },
      sec,
    );
    expect(
      (await h.post(`/meetings/${meetingId}/items/${i3!.id}/decision`, { decision: "maybe" }, sec))
        .status,
    ).toBe(400);
    const maps = await h.db.db.select().from(roadmaps);
    expect(maps).toHaveLength(1);
    expect(maps[0]).toMatchObject({
      responseId: i1!.responseId,
      decidedOn: "2026-04-20",
      dueOn: "2026-05-20",
      status: "draft",
    });
    // the agency's official is told the roadmap is due
    const note = h.app
      .simulator!.messages(5001)
      .map((m) => m.text ?? "")
      .join("\n");
    expect(note).toContain("Дорожную карту");
    expect(note).toContain("20");
    // deciding again does not open a second roadmap
    await h.post(
      `/meetings/${meetingId}/items/${i1!.id}/decision`,
      { decision: "recommended", note: "повторно" },
      sec,
    );
    expect(await h.db.db.select().from(roadmaps)).toHaveLength(1);
    const audits = await h.db.db.select().from(auditLog).where(eq(auditLog.entity, "agenda_item"));
    expect(audits.length).toBeGreaterThanOrEqual(4);
  });

  it("exports the protocol and the agenda as DOCX in ru and kk", async () => {
    const ru = await docxText(
      await (await h.get(`/meetings/${meetingId}/protocol.docx?lang=ru`, sec)).arrayBuffer(),
    );
    expect(ru).toContain("Протокол заседания Межведомственной комиссии");
    expect(ru).toContain("Кворум имеется");
    expect(ru).toContain("Рекомендовано к оптимизации и автоматизации");
    expect(ru).toContain("Уточнить статистику");
    expect(ru).toContain("Председатель Комиссии");
    expect(ru).toContain("Секретарь Комиссии");
    const kk = await docxText(
      await (await h.get(`/meetings/${meetingId}/protocol.docx?lang=kk`, sec)).arrayBuffer(),
    );
    expect(kk).toContain("отырысының хаттамасы");
    expect(kk).toContain("Қызмет 0001");
    expect(kk).toContain("Комиссия төрағасы");
    const agendaKk = await docxText(
      await (await h.get(`/meetings/${meetingId}/agenda.docx?lang=kk`, sec)).arrayBuffer(),
    );
    expect(agendaKk).toContain("отырысының күн тәртібі");
    expect(agendaKk).toContain("Дом министерств, зал 3");
    const order = ["Қызмет 0001", "Қызмет 0003", "Қызмет 0002", "Қызмет 0005"].map((s) =>
      agendaKk.indexOf(s),
    );
    expect(order.every((x, k) => x > 0 && (k === 0 || x > order[k - 1]!))).toBe(true);
    expect(agendaKk).toContain("15:00–15:25");
    const print = await (await h.get(`/meetings/${meetingId}/print`, sec)).text();
    expect(print).toContain("Вице-министр А. Б.");
  });

  it("fills, shows and exports the roadmap (Appendix 3); reminders go out exactly once", async () => {
    const [rm] = await h.db.db.select().from(roadmaps);
    const page = await (await h.get(`/roadmaps/${rm!.id}`, sec)).text();
    expect(page).toContain("Организационные мероприятия");
    expect(page).toContain("Повышение осведомленности граждан");
    const form: Record<string, string> = {};
    for (let no = 1; no <= 5; no++) {
      form[`responsible${no}`] = `Департамент ${no}`;
      form[`deadline${no}`] = `2026-0${5 + Math.floor(no / 3)}-2${no}`;
      form[`form${no}`] = no === 3 ? "Приказ" : "Отчёт";
    }
    form.done1 = "2026-04-20"; // done on the decision day (a done date is never in the future)
    expect((await h.post(`/roadmaps/${rm!.id}`, form, sec)).status).toBe(303);
    expect((await h.post(`/roadmaps/${rm!.id}`, { deadline1: "2026-13-01" }, sec)).status).toBe(
      400,
    );
    const ru = await docxText(
      await (await h.get(`/roadmaps/${rm!.id}/roadmap.docx?lang=ru`, sec)).arrayBuffer(),
    );
    for (const s of [
      "Приложение 3",
      "УТВЕРЖДЕНО",
      "Дорожная карта по оптимизации и автоматизации государственной услуги",
      "Ответственный за исполнение Дорожной карты",
      "Заместитель руководителя уполномоченного органа в сфере информатизации",
      "Наименование мероприятий",
      "Форма завершения",
      "Модификация и интеграция информационных систем",
      "Нормативно-правовое обеспечение",
      "Внедрение оптимизированного бизнес-процесса",
      "Департамент 3",
      "Приказ",
    ]) {
      expect(ru).toContain(s);
    }
    const kk = await docxText(
      await (await h.get(`/roadmaps/${rm!.id}/roadmap.docx?lang=kk`, sec)).arrayBuffer(),
    );
    for (const s of [
      "3-қосымша",
      "БЕКІТІЛДІ",
      "КЕЛІСІЛДІ",
      "жол картасы",
      "Ұйымдастырушылық іс-шаралар",
      "Азаматтардың хабардарлығын арттыру",
      "Аяқтау нысаны",
    ]) {
      expect(kk).toContain(s);
    }
    const dash = await (await h.get("/roadmaps", sec)).text();
    expect(dash).toContain("Услуга 0001");
    expect(dash).toContain("В срок");

    // 15 May: 3 working days before the 20 May due date → one "before" reminder, once
    const deps = {
      ...h.app.deps,
      outbox: h.app.outbox,
      now: () => h.clock.now,
      tz: "Asia/Almaty",
    };
    // the midnight tick of that day (00:05 in Almaty) is outside office hours: nothing yet
    const night = await runRoadmapReminders(deps, new Date("2026-05-14T19:05:00Z"));
    expect(night.due + night.sent).toBe(0);
    const when = new Date("2026-05-15T05:00:00Z");
    const first = await runRoadmapReminders(deps, when);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    // the reminder carries the button that opens the roadmap in the bot
    const reminder = h.app.simulator!.calls.findLast((c) => c.method === "sendMessage" && c.ok);
    expect(JSON.stringify(reminder?.params.reply_markup)).toContain(`rm:${rm!.id}`);
    const again = await runRoadmapReminders(deps, when);
    expect(again.sent).toBe(0);
    expect(again.alreadyDone).toBe(first.sent);
    const ledger = await h.db.db
      .select()
      .from(reminderLedger)
      .where(and(eq(reminderLedger.subject, `roadmap:${rm!.id}`)));
    expect(ledger.map((l) => [l.kind, l.scheduledFor, l.status])).toEqual([
      ["roadmap-before", "2026-05-15", "sent"],
    ]);
    // after the due date, unapproved → late on the dashboard
    await at("2026-05-22T05:00:00Z");
    expect(await (await h.get("/roadmaps?state=late", sec)).text()).toContain("Услуга 0001");
    expect((await h.post(`/roadmaps/${rm!.id}/approve`, {}, sec)).status).toBe(303);
    expect((await h.post(`/roadmaps/${rm!.id}/approve`, {}, sec)).status).toBe(409);
  });
});
