/**
 * The status rules through the panel (app.request(), real database, fake Telegram): a draft
 * agenda is not sent; an approved version goes out after the confirmation page, once, and a
 * second send says which version went out and when; a meeting is not marked held before its
 * date (the date is in the answer); a changed decision closes the roadmap and a recommendation
 * restores it; a meeting made by mistake is cancelled.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionsRepo } from "../../../src/db/repositories/sessions.js";
import { admins, agendaItems, auditLog, meetings, roadmaps } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { type AgendaWorld, seedAgendaWorld } from "../../helpers/agenda.js";

let h: AdminHarness;
let sec: As;
let w: AgendaWorld;
const MEMBER_TG = 7101;

beforeAll(async () => {
  h = await adminHarness();
  h.clock.now = new Date("2026-04-10T05:00:00Z"); // Friday 10:00 Almaty
  sec = await h.login("secretary", "Секретарь");
  const member = await h.login("member", "Член Комиссии 1");
  await h.db.db
    .update(admins)
    .set({ telegramId: MEMBER_TG, locale: "ru" })
    .where(eq(admins.id, member.adminId));
  h.app.simulator!.addUser({ id: MEMBER_TG, first_name: "M", language_code: "ru" });
  w = await seedAgendaWorld(h.db.db, { services: 3, agencies: 1, officialTelegramId: 5101 });
  h.app.simulator!.addUser({ id: 5101, first_name: "O", language_code: "ru" });
}, 60_000);
afterAll(async () => {
  await h.close();
});

async function at(iso: string) {
  h.clock.now = new Date(iso);
  const s = await sessionsRepo(h.db.db).create(sec.adminId, h.clock.now);
  sec = { cookie: `sid=${s.id}`, csrf: s.csrfToken, adminId: sec.adminId };
}

async function newMeeting(date: string, responseIds: number[]): Promise<number> {
  const res = await h.post("/meetings", { date, time: "15:00", place: "Зал" }, sec);
  const id = Number(/\/meetings\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
  await h.post(`/meetings/${id}/items`, { r: responseIds.map(String), minutes: "10" }, sec);
  return id;
}
const meeting = async (id: number) =>
  (await h.db.db.select().from(meetings).where(eq(meetings.id, id)))[0]!;
const memberMessages = () => h.app.simulator!.messages(MEMBER_TG).length;

let meetingId = 0;

describe("sending the agenda (item 14)", () => {
  it("a draft is not sent, and offers no send button", async () => {
    meetingId = await newMeeting("2026-04-20", [w.responses[0]!.id, w.responses[1]!.id]);
    const page = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(page).not.toContain(`action="/meetings/${meetingId}/send"`);
    expect(page).toContain("Рассылается только утверждённая повестка");
    for (const res of [
      await h.get(`/meetings/${meetingId}/send`, sec),
      await h.post(`/meetings/${meetingId}/send`, { version: "0" }, sec),
      await h.post(`/meetings/${meetingId}/send`, { version: "1" }, sec),
    ]) {
      expect(res.status).toBe(409);
      expect(await res.text()).toContain("Рассылается только утверждённая повестка");
    }
    expect(memberMessages()).toBe(0);
    expect((await meeting(meetingId)).sentToMembersAt).toBeNull();
  });

  it("an approved version is sent after the confirmation, once; a second send says what and when", async () => {
    expect((await h.post(`/meetings/${meetingId}/approve`, {}, sec)).status).toBe(303);
    const page = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(page).toContain(`action="/meetings/${meetingId}/send"`);
    // a post without the confirmed version is the confirmation page again (nothing is sent)
    const unconfirmed = await h.post(`/meetings/${meetingId}/send`, {}, sec);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Разослать редакцию № 1 повестки");
    expect(memberMessages()).toBe(0);
    // a confirmation of another version is refused
    const stale = await h.post(`/meetings/${meetingId}/send`, { version: "3" }, sec);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("сейчас действует редакция № 1");
    expect(memberMessages()).toBe(0);

    const sent = await h.post(`/meetings/${meetingId}/send`, { version: "1" }, sec);
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("Разослано: 1.");
    const got = memberMessages();
    expect(got).toBeGreaterThan(0);

    const again = await h.post(`/meetings/${meetingId}/send`, { version: "1" }, sec);
    expect(again.status).toBe(409);
    const text = await again.text();
    expect(text).toContain(
      "Редакция № 1 уже разослана членам Комиссии (10 апреля 2026 г. в 10:00)",
    );
    expect(memberMessages()).toBe(got);
    // the confirmation page is refused the same way, and the page says what went out when
    expect((await h.get(`/meetings/${meetingId}/send`, sec)).status).toBe(409);
    const after = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(after).toContain("Редакция № 1 разослана членам Комиссии: 10 апреля 2026 г. в 10:00");
    expect(after).not.toContain(`action="/meetings/${meetingId}/send"`);
    const sends = await h.db.db.select().from(auditLog).where(eq(auditLog.action, "agenda-send"));
    expect(sends).toHaveLength(1);
  });
});

describe("a meeting is held from its date on (item 15)", () => {
  it("refuses marking it held before the date, with the date in the answer", async () => {
    const page = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(page).not.toContain(`action="/meetings/${meetingId}/held"`);
    expect(page).toContain("Заседание назначено на 20 апреля 2026 г.");
    const res = await h.post(`/meetings/${meetingId}/held`, {}, sec);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(
      "Заседание назначено на 20 апреля 2026 г.: отметить его проведённым можно с этого дня.",
    );
    expect((await meeting(meetingId)).status).toBe("approved");
  });

  it("accepts it on the day", async () => {
    await at("2026-04-20T04:00:00Z"); // 09:00 in Almaty
    expect((await h.post(`/meetings/${meetingId}/held`, {}, sec)).status).toBe(303);
    expect((await meeting(meetingId)).status).toBe("held");
  });
});

describe("a changed decision updates the roadmap (item 10)", () => {
  it("recommended → rejected closes the roadmap with the reason audited; recommended again restores it", async () => {
    const [item] = await h.db.db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(agendaItems.position);
    const decide = (decision: string) =>
      h.post(`/meetings/${meetingId}/items/${item!.id}/decision`, { decision, note: "" }, sec);
    expect((await decide("recommended")).status).toBe(303);
    const [rm] = await h.db.db.select().from(roadmaps);
    expect((await h.post(`/roadmaps/${rm!.id}/approve`, {}, sec)).status).toBe(303);

    expect((await decide("rejected")).status).toBe(303);
    const [closed] = await h.db.db.select().from(roadmaps);
    expect(closed?.status).toBe("closed");
    const page = await (await h.get(`/roadmaps/${rm!.id}`, sec)).text();
    expect(page).toContain("дорожная карта закрыта");
    expect(page).not.toContain(`action="/roadmaps/${rm!.id}"`);
    const list = await (await h.get("/roadmaps", sec)).text();
    expect(list).toContain("Закрыта решением Комиссии");
    const [log] = await h.db.db.select().from(auditLog).where(eq(auditLog.action, "roadmap-close"));
    expect(log?.after).toMatchObject({
      status: "closed",
      reason: { decision: { from: "recommended", to: "rejected" } },
    });
    // the page asks before a decision is changed
    const meetingPage = await (await h.get(`/meetings/${meetingId}`, sec)).text();
    expect(meetingPage).toContain("Изменить решение?");

    expect((await decide("recommended")).status).toBe(303);
    const all = await h.db.db.select().from(roadmaps);
    expect(all.map((r) => r.status)).toEqual(["draft"]);
  });
});

describe("a meeting made by mistake (item 23)", () => {
  it("is cancelled with a reason (audited), kept in the list; a held meeting is not", async () => {
    const id = await newMeeting("2026-05-18", [w.responses[2]!.id]);
    expect((await h.post(`/meetings/${id}/cancel`, { reason: "" }, sec)).status).toBe(400);
    expect(
      (await h.post(`/meetings/${id}/cancel`, { reason: "Создано по ошибке" }, sec)).status,
    ).toBe(303);
    expect((await meeting(id)).status).toBe("cancelled");
    const list = await (await h.get("/meetings", sec)).text();
    expect(list).toContain("Заседание отменено");
    expect((await h.post(`/meetings/${id}/approve`, {}, sec)).status).toBe(409);
    expect((await h.post(`/meetings/${meetingId}/cancel`, { reason: "x" }, sec)).status).toBe(409);
  });
});
