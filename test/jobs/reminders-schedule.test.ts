/**
 * The reminder schedule of a campaign over its whole life, driven through the real app
 * (jobs.runOnce with a controlled clock) and the fake Bot API over HTTP, around Nauryz, New
 * Year, May holidays and weekends, with downtime, submission and return for revision.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { calendarRepo } from "../../src/db/repositories/calendar.js";
import { createRepositories } from "../../src/db/repositories/index.js";
import { responsesRepo } from "../../src/db/repositories/responses.js";
import { answers, campaigns, reminderLedger } from "../../src/db/schema.js";
import { campaignDueDate } from "../../src/domain/deadlines.js";
import { DEFAULT_REMINDER_POLICY, reminderSchedule } from "../../src/domain/reminders.js";
import { addDays, atLocalTime, type LocalDate, toLocalDate } from "../../src/domain/time.js";
import { changeStatus } from "../../src/services/questionnaire.js";
import { fillAnswers } from "../helpers/answers.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { seedWorld } from "../helpers/seed.js";

let db: TestDatabase;
let h: Harness;
const TZ = "Asia/Almaty";

beforeAll(async () => {
  db = await createTestDatabase();
  // months pass in milliseconds here: no real-time spacing per chat
  h = await startHarness({ db, outbox: { perChatIntervalMs: 0 }, fake: { perChatBurst: 1000 } });
});
afterAll(async () => {
  await h?.close();
  await db?.destroy();
});
beforeEach(async () => {
  await db.truncate();
});

/** Runs the planner at each of `times` on each day from..to; returns what each chat got per day. */
async function live(
  from: string,
  to: string,
  chats: number[],
  times = ["03:00", "09:59", "10:00", "10:05", "14:00", "17:59", "18:00", "23:30"],
  onDay?: (day: LocalDate) => Promise<void>,
) {
  const got: { chat: number; day: LocalDate; time: string; text: string; data?: string }[] = [];
  const seen = new Map(chats.map((c) => [c, h.fake.messages(c).length]));
  for (let day = toLocalDate(from); day <= to; day = addDays(day, 1)) {
    await onDay?.(day);
    for (const time of times) {
      h.clock.now = atLocalTime(day, time, TZ);
      await h.app.jobs.runOnce(h.clock.now);
      for (const chat of chats) {
        const all = h.fake.messages(chat);
        for (const m of all.slice(seen.get(chat))) {
          const b = m.reply_markup?.inline_keyboard[0]?.[0];
          got.push({
            chat,
            day,
            time,
            text: m.text ?? "",
            data: b && "callback_data" in b ? b.callback_data : undefined,
          });
        }
        seen.set(chat, all.length);
      }
    }
  }
  return got;
}

describe("a campaign over its whole life", () => {
  it("list sent 30 March → due 30 April; 7/3/1 working days before, on the day, every 2 working days overdue, at 10:00 on working days only", async () => {
    expect(campaignDueDate(toLocalDate("2026-03-30"), await calendarRepo(db.db).load())).toBe(
      "2026-04-30",
    );
    const w = await seedWorld(db.db, { telegramId: 601, locale: "ru" });
    const secretary = await adminsRepo(db.db).create({ name: "Секретарь", role: "secretary" });
    await adminsRepo(db.db).update(secretary.id, { telegramId: 690 });
    h.user(601, "ru");
    h.user(690, "ru");

    // 9 of 14 answered
    const resp = await responsesRepo(db.db).ensure(
      w.assignmentIds[0]!,
      new Date("2026-04-10T05:00:00Z"),
    );
    await db.db.insert(answers).values(
      Array.from({ length: 9 }, (_, i) => ({
        responseId: resp.id,
        questionNo: i + 1,
        value: "yes",
        justification: "обоснование",
      })),
    );

    const got = await live("2026-04-01", "2026-05-26", [601, 690]);
    const toOfficial = got.filter((g) => g.chat === 601);
    const expected = [
      "2026-04-21", // 7 working days before
      "2026-04-27", // 3
      "2026-04-29", // 1
      "2026-04-30", // the due date
      "2026-05-05", // +2 working days (1 May is a holiday)
      "2026-05-08", // 7 May is a holiday
      "2026-05-13", // 9 May (Sat) moves the day off to Mon 11 May
      "2026-05-15",
      "2026-05-19",
      "2026-05-21",
      "2026-05-25",
    ];
    expect(toOfficial.map((g) => g.day)).toEqual(expected);
    const calendar = await calendarRepo(db.db).load();
    expect(
      reminderSchedule(
        DEFAULT_REMINDER_POLICY,
        calendar,
        toLocalDate("2026-04-30"),
        toLocalDate("2026-05-26"),
      ).map((r) => r.scheduledFor),
    ).toEqual(expected);
    // always at the 10:00 run, never at night
    expect(new Set(toOfficial.map((g) => g.time))).toEqual(new Set(["10:00"]));
    // one short message: what, when, how far, one button opening that questionnaire
    expect(toOfficial[1]?.text).toContain("осталось рабочих дней: 3");
    expect(toOfficial[1]?.text).toContain("30 апреля 2026");
    expect(toOfficial[1]?.text).toContain("9 / 14");
    expect(toOfficial[3]?.text).toContain("Последний день");
    expect(toOfficial[4]?.text).toContain("просрочка");
    expect(new Set(toOfficial.map((g) => g.data))).toEqual(new Set([`qo:${w.assignmentIds[0]}`]));

    // the authorized body's digest on every overdue reminder day
    const digests = got.filter((g) => g.chat === 690);
    expect(digests.map((g) => g.day)).toEqual(expected.slice(4));
    expect(digests[0]?.text).toContain("Министерство цифрового развития");
    expect(digests[0]?.text).toContain(w.services[0]!.registryCode);

    const ledger = await db.db.select().from(reminderLedger);
    expect(ledger.every((l) => l.status === "sent")).toBe(true);
    expect(ledger).toHaveLength(expected.length + digests.length);
  });

  it("submission stops reminders; a return for revision gets its own reminders; resubmission stops them", async () => {
    const w = await seedWorld(db.db, { telegramId: 602, locale: "kk" });
    h.user(602, "kk");
    const responses = responsesRepo(db.db);
    const resp = await responses.ensure(w.assignmentIds[0]!, new Date("2026-04-10T05:00:00Z"));
    await fillAnswers(db.db, resp.id);
    const got = await live("2026-05-12", "2026-05-26", [602], ["10:00", "15:00"], async (day) => {
      const at = atLocalTime(day, "12:00", TZ);
      const deps = { repos: createRepositories(db.db), now: () => at };
      if (day === "2026-05-14") await changeStatus(deps, resp.id, "submit");
      if (day === "2026-05-18") await changeStatus(deps, resp.id, "return", "Уточните п.3");
      if (day === "2026-05-22") await changeStatus(deps, resp.id, "submit");
    });
    expect(got.map((g) => [g.day, g.time])).toEqual([
      ["2026-05-12", "10:00"], // overdue-2 (8 May), caught up once on the first run
      ["2026-05-13", "10:00"], // overdue-3
      ["2026-05-19", "10:00"], // returned: the next working day after the return
      ["2026-05-21", "10:00"], // then every 2 working days
    ]);
    expect(got[2]?.text).toContain("пысықтауға қайтарылды");
    expect(got[1]?.text).toContain("мерзімі");
  });

  it("after downtime only the latest missed reminder goes out, once, at the next allowed time", async () => {
    await seedWorld(db.db, { telegramId: 603, locale: "ru" });
    h.user(603, "ru");
    // the app is down from 20 to 27 April; it comes back on Tuesday 28 April at 14:00
    const got = [
      ...(await live("2026-04-28", "2026-04-28", [603], ["14:00", "14:05", "17:00"])),
      ...(await live("2026-04-29", "2026-04-29", [603], ["09:00", "10:00", "11:00"])),
    ];
    expect(got.map((g) => [g.day, g.time, g.text.includes("осталось рабочих дней: 2")])).toEqual([
      ["2026-04-28", "14:00", true], // before-3 (27 April), caught up once
      ["2026-04-29", "10:00", false], // before-1 on time
    ]);
    // coming back on a Saturday evening: nothing until Monday 10:00
    await db.truncate();
    await seedWorld(db.db, { telegramId: 604, locale: "ru" });
    h.user(604, "ru");
    const weekend = await live("2026-04-25", "2026-04-27", [604], ["20:00", "09:00", "10:00"]);
    expect(weekend.map((g) => [g.day, g.time])).toEqual([["2026-04-27", "10:00"]]);
  });
});

describe("deadlines around holidays, in the integration", () => {
  async function campaignDue(dueOn: string) {
    const w = await seedWorld(db.db, { telegramId: 605, locale: "ru" });
    await db.db.update(campaigns).set({ dueOn }).where(eq(campaigns.id, w.campaign.id));
    h.user(605, "ru");
    return w;
  }

  it("Nauryz 2026 (21–23 March + transferred 24–25) and Constitution Day moved to 16 March", async () => {
    await campaignDue("2026-03-27");
    const got = await live("2026-03-09", "2026-04-01", [605], ["10:00"]);
    expect(got.map((g) => g.day)).toEqual([
      "2026-03-12", // 7 working days before: 16 and 23–25 March are days off
      "2026-03-19",
      "2026-03-26",
      "2026-03-27",
      "2026-03-31",
    ]);
  });

  it("a day off added by the authorized body moves the reminders", async () => {
    await campaignDue("2026-03-27");
    await calendarRepo(db.db).putOverride({ date: "2026-03-26", kind: "off", note: "перенос" });
    const got = await live("2026-03-18", "2026-03-27", [605], ["10:00"]);
    expect(got.map((g) => g.day)).toEqual(["2026-03-18", "2026-03-20", "2026-03-27"]);
  });

  it("New Year 2027: 1–2 January (2 Jan moved to Monday 4), Orthodox Christmas on 7 January", async () => {
    await campaignDue("2027-01-06");
    const got = await live("2026-12-21", "2027-01-12", [605], ["10:00"]);
    expect(got.map((g) => g.day)).toEqual([
      "2026-12-24", // 7 working days before 6 January
      "2026-12-30",
      "2027-01-05",
      "2027-01-06",
      "2027-01-11", // 7 January is a day off: +2 working days = 8 and 11 January
    ]);
  });

  it("a due date on a weekend: the on-the-day reminder goes out on the Friday before", async () => {
    await campaignDue("2026-04-25"); // Saturday
    const got = await live("2026-04-22", "2026-04-28", [605], ["10:00"]);
    expect(got.map((g) => [g.day, g.text.includes("Последний день")])).toEqual([
      ["2026-04-22", false], // before-3
      ["2026-04-24", true], // due (wins over before-1 on the same day)
      ["2026-04-28", false], // overdue-1: 27, 28
    ]);
  });
});
