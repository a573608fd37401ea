/**
 * The annual report reminder (003 p.9) over HTTP against the fake Bot API: in April, 10 working
 * days before 30 April (Thursday 16 April 2026 for the 2025 report), inside office hours, each
 * official of a state body with figures is told once; a state body without figures is not; the
 * button sends the DOCX of the official's own state body in their language.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reminderLedger } from "../../src/db/schema.js";
import { docxText } from "../helpers/agenda.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { docxTables, REPORT_2025, type ReportWorld, seedReportWorld } from "../helpers/report.js";
import { seedAgency, seedCampaign, seedOfficial } from "../helpers/seed.js";

let h: Harness;
let w: ReportWorld;
const EMPTY = 7003; // an official of a state body with nothing to report

const at = (isoUtc: string) => new Date(isoUtc);
/** Almaty is UTC+5: 10:00 local is 05:00Z */
const REMINDER_DAY_10 = "2026-04-16T05:00:00Z";

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.db.truncate();
  w = await seedReportWorld(h.db.db, { officialA: 7001, officialB: 7002 });
  const empty = await seedAgency(h.db.db, "Министерство без услуг");
  const c = await seedCampaign(h.db.db, { year: 2027 });
  await seedOfficial(h.db.db, {
    telegramId: EMPTY,
    agencyId: empty.id,
    locale: "ru",
    campaignId: c.id,
    serviceIds: [],
  });
  for (const [id, lang] of [
    [7001, "kk"],
    [7002, "ru"],
    [EMPTY, "ru"],
  ] as const) {
    h.user(id, lang);
    seen.set(id, h.fake.messages(id).length);
  }
});

/** messages before this test (the fake keeps chats across tests) */
const seen = new Map<number, number>();
/** this test's report reminders to `id` (roadmap reminders also reach these officials) */
const count = (id: number) =>
  h.fake
    .messages(id)
    .slice(seen.get(id) ?? 0)
    .filter((m) =>
      m.reply_markup?.inline_keyboard
        .flat()
        .some((b) => "callback_data" in b && b.callback_data === "rp:2025"),
    ).length;
const run = (iso: string) => {
  h.clock.now = at(iso);
  return h.app.jobs.runOnce(h.clock.now);
};

describe("April reminder of the annual report draft", () => {
  it("goes out once, on its working day in office hours, to state bodies with figures", async () => {
    await run("2026-04-15T05:00:00Z"); // the day before
    await run("2026-04-16T02:00:00Z"); // 07:00 local: before office hours
    expect([count(7001), count(7002)]).toEqual([0, 0]);

    await Promise.all([run(REMINDER_DAY_10), h.app.jobs.runOnce(at(REMINDER_DAY_10))]);
    await run("2026-04-16T09:00:00Z");
    await run("2026-04-17T05:00:00Z");
    expect([count(7001), count(7002), count(EMPTY)]).toEqual([1, 1, 0]);
    expect(h.fake.messages(EMPTY)).toHaveLength(0);

    const reminder = (id: number) =>
      h.fake
        .messages(id)
        .findLast((m) =>
          m.reply_markup?.inline_keyboard.flat().some((b) => b.text.includes("DOCX")),
        )!;
    const kk = reminder(7001);
    expect(kk.text).toContain("2025 жылғы жылдық есептің жобасы дайын");
    expect(kk.text).toContain("2026 жылғы 30 сәуір");
    const ru = reminder(7002);
    expect(ru.text).toContain("Проект годового отчёта за 2025 год готов");
    expect(ru.text).toContain("не позднее 30 апреля 2026 г.");
    const ledger = await h.db.db
      .select()
      .from(reminderLedger)
      .where(eq(reminderLedger.subject, "annual-report:2025"));
    expect(ledger.map((l) => [l.chatId, l.scheduledFor, l.status]).sort()).toEqual([
      [7001, "2026-04-16", "sent"],
      [7002, "2026-04-16", "sent"],
    ]);
  });

  it("a missed day (the app was down) is caught up on the next working day, still once", async () => {
    await run("2026-04-18T05:00:00Z"); // Saturday: not a working day
    expect(count(7001)).toBe(0);
    await run("2026-04-20T06:00:00Z"); // Monday 11:00
    await run("2026-04-21T06:00:00Z");
    expect([count(7001), count(7002)]).toEqual([1, 1]);
    await run("2026-05-04T06:00:00Z"); // after the deadline nothing new
    expect(count(7001)).toBe(1);
  });

  it("the button sends the official's own draft as DOCX in their language", async () => {
    await run(REMINDER_DAY_10);
    const a = h.user(7001, "kk");
    await a.press("Жобаны алу");
    const doc = a.last();
    expect(doc.document?.file_name).toBe("report-2025-kk.docx");
    expect(doc.caption).toBe("2025 жылғы жылдық есептің жобасы");
    const text = await docxText(doc.document!.content);
    expect(text).toContain(
      "Мемлекеттік көрсетілетін қызметтерді көрсету мәселелері бойынша 2025 жылғы қызмет туралы есеп",
    );
    expect(text).toContain("Мемлекеттік орган: Министерство туризма (kk)");
    const demand = (await docxTables(doc.document!.content))[0]!;
    // agency A's own services, ranked (the table lists up to 10)
    expect(demand.slice(1).map((r) => r[1])).toEqual([
      w.service.S3.kk,
      w.service.S1.kk,
      w.service.S2.kk,
    ]);

    const b = h.user(7002);
    await b.press("Получить проект");
    const ru = b.last();
    expect(ru.document?.file_name).toBe("report-2025-ru.docx");
    const ruText = await docxText(ru.document!.content);
    expect(ruText).toContain("Государственный орган: Министерство экологии");
    expect(ruText).toContain(
      `Межведомственной комиссией в 2025 году рассмотрено государственных услуг: ${REPORT_2025.considered.B}.`,
    );
    expect(ruText).not.toContain(w.service.S1.ru);
  });
});
