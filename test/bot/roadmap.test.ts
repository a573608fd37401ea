/**
 * The roadmap in Telegram: an official of the owning agency fills in activity 1 field by field
 * (each saved and audited at once); bad dates are refused; other agencies' officials and
 * approved roadmaps get no editing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { meetingsRepo } from "../../src/db/repositories/meetings.js";
import { roadmapsRepo } from "../../src/db/repositories/roadmaps.js";
import { agendaItems, auditLog, roadmapActivities } from "../../src/db/schema.js";
import { kazakhstanCalendar } from "../../src/domain/calendar.js";
import { roadmapDueDate } from "../../src/domain/deadlines.js";
import { toLocalDate } from "../../src/domain/time.js";
import { rmCb } from "../../src/telegram/callbacks/roadmap.js";
import { seedAgendaWorld } from "../helpers/agenda.js";
import { type Harness, startHarness } from "../helpers/bot.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.db.truncate();
});

/** A roadmap of agency 1 (official 5001) opened by a "recommended" decision; 5002 is agency 2's. */
async function seedRoadmap() {
  const db = h.db.db;
  const w = await seedAgendaWorld(db, { services: 2, agencies: 2, officialTelegramId: 5001 });
  const meetings = meetingsRepo(db);
  const meeting = await meetings.create({ startsAt: new Date("2026-04-06T06:00:00Z"), place: "" });
  const response = w.responses[0]!;
  await meetings.addItems(meeting.id, [response.id], 10);
  const [item] = await itemsOf(meeting.id);
  const res = await meetings.decide(item!, {
    from: null,
    decision: "recommended",
    note: null,
    follow: "open",
    roadmap: null,
    responseId: response.id,
    decidedOn: toLocalDate("2026-04-06"),
    dueOn: roadmapDueDate(toLocalDate("2026-04-06"), kazakhstanCalendar()),
    now: h.clock.now,
  });
  const roadmapId = res!.roadmap!.id;
  // the real notification (with its button) to the agency's official
  h.user(5001);
  h.user(5002);
  const a = h.app;
  const sent = await a.notifications.roadmapOpened(roadmapId);
  expect(sent).toBe(1);
  // the same button reaches an official of another agency (e.g. forwarded)
  await a.outbox.send({
    chatId: 5002,
    text: "🗺",
    replyMarkup: {
      inline_keyboard: [
        [{ text: "🗺 Заполнить дорожную карту", callback_data: rmCb.open(roadmapId) }],
      ],
    },
  });
  return { roadmapId, service: response.nameRu };
}

async function itemsOf(meetingId: number): Promise<number[]> {
  const rows = await h.db.db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  return rows.map((r) => r.id);
}

const activity = async (roadmapId: number, no: number) =>
  (
    await h.db.db
      .select()
      .from(roadmapActivities)
      .where(and(eq(roadmapActivities.roadmapId, roadmapId), eq(roadmapActivities.no, no)))
  )[0];

describe("the roadmap in Telegram", () => {
  it("an official fills responsible, deadline and completion form of activity 1; each is saved and audited", async () => {
    const { roadmapId, service } = await seedRoadmap();
    const u = h.user(5001);
    await u.press("Заполнить дорожную карту");
    expect(u.last().text).toContain(service);
    expect(u.last().text).toContain("Организационные");
    await u.press(/^1\./);
    await u.press("Ответственные за исполнение");
    expect(u.last().text).toContain("ответственных");
    await u.send("Департамент <цифровизации>");
    expect((await activity(roadmapId, 1))?.responsible).toBe("Департамент <цифровизации>");
    expect(u.last().text).toContain("Сохранено");
    // escaped for HTML: Telegram shows it as typed
    expect(u.last().text).toContain("Департамент <цифровизации>");

    await u.press("Срок исполнения");
    await u.send("15.05.2026");
    expect((await activity(roadmapId, 1))?.deadline).toBe("2026-05-15");

    await u.press("Форма завершения");
    await h.fake.sendSticker(5001);
    expect(u.last().text).toContain("Ответьте текстом");
    await u.send("x".repeat(301));
    expect(u.last().text).toContain("до 300");
    await u.send("Приказ министра");
    const a1 = await activity(roadmapId, 1);
    expect(a1).toMatchObject({
      responsible: "Департамент <цифровизации>",
      deadline: "2026-05-15",
      completionForm: "Приказ министра",
    });
    const audits = await h.db.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, "roadmap_activity"));
    expect(audits).toHaveLength(3);
    expect(new Set(audits.map((x) => x.actor)).size).toBe(1);
    expect(audits[0]!.actor).toMatch(/^official:\d+$/);
    expect(audits.every((x) => x.entityId === `${roadmapId}:1`)).toBe(true);
    // other activities untouched
    expect((await activity(roadmapId, 2))?.responsible).toBeNull();
  });

  it("a bad or past date is refused with the format shown; nothing is saved", async () => {
    const { roadmapId } = await seedRoadmap();
    const u = h.user(5001);
    await u.press("Заполнить дорожную карту");
    await u.press(/^1\./);
    await u.press("Срок исполнения");
    await u.send("31.02.2026");
    expect(u.last().text).toContain("ДД.ММ.ГГГГ");
    await u.send("завтра");
    expect(u.last().text).toContain("ДД.ММ.ГГГГ");
    await u.send("05.04.2026"); // yesterday in Almaty (the clock is 2026-04-06)
    expect(u.last().text).toContain("раньше сегодняшнего");
    expect((await activity(roadmapId, 1))?.deadline).toBeNull();
    await u.send("06.04.2026");
    expect((await activity(roadmapId, 1))?.deadline).toBe("2026-04-06");
  });

  it("an official of another agency gets 'no longer active' and sees nothing", async () => {
    const { roadmapId, service } = await seedRoadmap();
    const other = h.user(5002);
    const before = other.messages().length;
    await other.press("Заполнить дорожную карту");
    expect(h.fake.callbackAnswers.at(-1)?.text).toBe("Эта кнопка больше не активна.");
    expect(other.messages()).toHaveLength(before);
    expect(other.textsSince(0).join("\n")).not.toContain(service);
    expect((await activity(roadmapId, 1))?.responsible).toBeNull();
  });

  it("an approved roadmap is read-only: no edit buttons, old field buttons refused", async () => {
    const { roadmapId } = await seedRoadmap();
    const u = h.user(5001);
    await u.press("Заполнить дорожную карту");
    await u.press(/^1\./);
    const card = u.last().message_id;
    await u.press("Ответственные за исполнение");
    expect(
      await roadmapsRepo(h.db.db).approve(roadmapId, "draft", "approved", h.clock.now),
    ).toBeTruthy();
    // the question was asked before approval: the answer is refused
    await u.send("Департамент");
    expect(u.last().text).toContain("только просматривать");
    expect((await activity(roadmapId, 1))?.responsible).toBeNull();
    // an old field button
    await u.press("Срок исполнения", card);
    expect(h.fake.callbackAnswers.at(-1)?.text).toContain("только просматривать");
    // opening shows the values without buttons
    await u.press("Заполнить дорожную карту");
    expect(u.last().text).toContain("утверждена");
    expect(u.buttons()).toEqual([]);
  });
});
