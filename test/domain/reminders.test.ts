import { describe, expect, it } from "vitest";
import { kazakhstanCalendar } from "../../src/domain/calendar.js";
import { campaignDueDate } from "../../src/domain/deadlines.js";
import {
  DEFAULT_REMINDER_POLICY,
  dueReminder,
  isInSendingWindow,
  nextSendWindow,
  parseReminderPolicy,
  type ReminderPolicy,
  ReminderPolicySchema,
  reminderSchedule,
  type ScheduledReminder,
} from "../../src/domain/reminders.js";
import { addDays, atLocalTime, type LocalDate, toLocalDate } from "../../src/domain/time.js";

const d = toLocalDate;
const cal = kazakhstanCalendar();
const TZ = "Asia/Almaty";
/** Instant of a local Almaty wall-clock time. */
const at = (date: string, hhmm: string) => atLocalTime(d(date), hhmm, TZ);
const policy = DEFAULT_REMINDER_POLICY;
const listSentOn = d("2026-03-30");
const due = campaignDueDate(listSentOn, cal);

const brief = (rs: ScheduledReminder[]) => rs.map((r) => `${r.key}`);

describe("reminder policy", () => {
  it("fills defaults from an empty jsonb object", () => {
    expect(parseReminderPolicy({})).toEqual({
      beforeWorkingDays: [7, 3, 1],
      onDueDate: true,
      overdueEveryWorkingDays: 2,
      returnedEveryWorkingDays: 2,
      sendAt: "10:00",
    });
    expect(parseReminderPolicy(null)).toEqual(DEFAULT_REMINDER_POLICY);
    // defaults are not shared mutable arrays
    const a = parseReminderPolicy({});
    a.beforeWorkingDays.push(99);
    expect(parseReminderPolicy({}).beforeWorkingDays).toEqual([7, 3, 1]);
  });

  it("rejects invalid times and windows", () => {
    expect(ReminderPolicySchema.safeParse({ sendAt: "25:00" }).success).toBe(false);
    expect(ReminderPolicySchema.safeParse({ sendAt: "9:00" }).success).toBe(false);
    expect(ReminderPolicySchema.safeParse({ sendAt: "10:00", quietTo: "11:00" }).success).toBe(
      false,
    );
    expect(ReminderPolicySchema.safeParse({ sendAt: "18:30" }).success).toBe(false);
    expect(ReminderPolicySchema.safeParse({ sendAt: "18:30", quietFrom: "20:00" }).success).toBe(
      true,
    );
    expect(ReminderPolicySchema.safeParse({ beforeWorkingDays: [0] }).success).toBe(false);
    expect(ReminderPolicySchema.safeParse({ overdueEveryWorkingDays: -1 }).success).toBe(false);
  });
});

describe("reminderSchedule", () => {
  it("full schedule for a list sent 2026-03-30 (due 2026-04-30)", () => {
    expect(due).toBe("2026-04-30");
    const schedule = reminderSchedule(policy, cal, due, d("2026-05-20"), { startedOn: listSentOn });
    expect(brief(schedule)).toEqual([
      "before-7:2026-04-21", // Tue: 7 working days before Thu 30 Apr
      "before-3:2026-04-27", // Mon (24 Fri = 4, skips the weekend)
      "before-1:2026-04-29",
      "due:2026-04-30",
      "overdue-1:2026-05-05", // 1 May holiday + weekend skipped: 4 May, 5 May
      "overdue-2:2026-05-08", // 7 May holiday skipped: 6, 8
      "overdue-3:2026-05-13", // weekend + 11 May (Victory Day moved) skipped: 12, 13
      "overdue-4:2026-05-15",
      "overdue-5:2026-05-19",
    ]);
    for (const r of schedule) {
      expect(cal.isWorkingDay(r.scheduledFor), r.key).toBe(true);
    }
    for (const n of [7, 3, 1]) {
      const r = schedule.find((x) => x.kind === "before" && x.n === n);
      expect(r && cal.workingDaysBetween(r.scheduledFor, due)).toBe(n);
    }
    const overdue = schedule.filter((x) => x.kind === "overdue");
    let prev: LocalDate = due;
    for (const r of overdue) {
      expect(cal.workingDaysBetween(prev, r.scheduledFor)).toBe(2);
      prev = r.scheduledFor;
    }
  });

  it("keys are stable and distinct", () => {
    const a = reminderSchedule(policy, cal, due, d("2026-07-01"));
    const b = reminderSchedule(parseReminderPolicy({}), kazakhstanCalendar(), due, d("2026-07-01"));
    expect(brief(a)).toEqual(brief(b));
    expect(new Set(brief(a)).size).toBe(a.length);
    // a later `until` only appends
    const shorter = reminderSchedule(policy, cal, due, d("2026-05-10"));
    expect(brief(a).slice(0, shorter.length)).toEqual(brief(shorter));
  });

  it("drops reminders on or before the start day (late list / late onboarding)", () => {
    const s = reminderSchedule(policy, cal, due, d("2026-05-06"), { startedOn: d("2026-04-24") });
    expect(brief(s)).toEqual([
      "before-3:2026-04-27",
      "before-1:2026-04-29",
      "due:2026-04-30",
      "overdue-1:2026-05-05",
    ]);
  });

  it("due date on a day off: the due reminder goes on the last working day, before-1 merged", () => {
    const s = reminderSchedule(policy, cal, d("2026-04-04"), d("2026-04-08"));
    expect(brief(s)).toEqual([
      "before-7:2026-03-26", // Nauryz 21–25 March skipped
      "before-3:2026-04-01",
      "due:2026-04-03",
      "overdue-1:2026-04-07",
    ]);
  });

  it("respects onDueDate=false, custom offsets and overdue disabled", () => {
    const p: ReminderPolicy = parseReminderPolicy({
      beforeWorkingDays: [5, 2, 2],
      onDueDate: false,
      overdueEveryWorkingDays: 0,
    });
    expect(brief(reminderSchedule(p, cal, due, d("2026-06-30")))).toEqual([
      "before-5:2026-04-23",
      "before-2:2026-04-28",
    ]);
  });

  it("returned for revision: next working day, then every 2 working days (only returned kind)", () => {
    // Returned on Friday 20 March 2026, just before Nauryz (21–25 off).
    const s = reminderSchedule(policy, cal, due, d("2026-04-03"), { returnedOn: d("2026-03-20") });
    expect(brief(s)).toEqual([
      "returned-1:2026-03-26",
      "returned-2:2026-03-30",
      "returned-3:2026-04-01",
      "returned-4:2026-04-03",
    ]);
    // Returned on Saturday 9 May 2026 → Tuesday 12 May (11 May is a transferred day off).
    const s2 = reminderSchedule(policy, cal, due, d("2026-05-15"), { returnedOn: d("2026-05-09") });
    expect(brief(s2)).toEqual(["returned-1:2026-05-12", "returned-2:2026-05-14"]);
  });
});

describe("dueReminder", () => {
  const base = { policy, calendar: cal, dueDate: due, tz: TZ };

  it("09:59 → nothing, 10:00 → before-3, 17:59 → still, 18:00 and 23:00 → nothing", () => {
    expect(dueReminder({ ...base, now: at("2026-04-27", "09:59") })).toBeNull();
    expect(dueReminder({ ...base, now: at("2026-04-27", "10:00") })).toEqual({
      kind: "before",
      n: 3,
      scheduledFor: "2026-04-27",
      key: "before-3:2026-04-27",
    });
    expect(dueReminder({ ...base, now: at("2026-04-27", "17:59") })?.key).toBe(
      "before-3:2026-04-27",
    );
    expect(dueReminder({ ...base, now: at("2026-04-27", "18:00") })).toBeNull();
    expect(dueReminder({ ...base, now: at("2026-04-27", "23:00") })).toBeNull();
    expect(dueReminder({ ...base, now: at("2026-04-28", "03:00") })).toBeNull();
  });

  it("nothing on Saturdays, holidays and transferred days off", () => {
    expect(dueReminder({ ...base, now: at("2026-04-25", "12:00") })).toBeNull(); // Saturday
    expect(dueReminder({ ...base, now: at("2026-05-01", "12:00") })).toBeNull(); // 1 May
    expect(dueReminder({ ...base, now: at("2026-05-11", "12:00") })).toBeNull(); // moved 9 May
  });

  it("on a working day without its own reminder returns the latest one (deduped by the ledger)", () => {
    expect(dueReminder({ ...base, now: at("2026-04-28", "10:00") })?.key).toBe(
      "before-3:2026-04-27",
    );
    // before the first scheduled reminder there is nothing
    expect(dueReminder({ ...base, now: at("2026-04-20", "12:00") })).toBeNull();
  });

  it("catch-up after downtime returns only the latest missed reminder", () => {
    // Down from 28 April to 6 May 11:00: before-1, due and overdue-1 were missed.
    expect(dueReminder({ ...base, now: at("2026-05-06", "11:00") })).toEqual({
      kind: "overdue",
      n: 1,
      scheduledFor: "2026-05-05",
      key: "overdue-1:2026-05-05",
    });
    // Back at 08:00 on a day that has its own reminder: wait for 10:00, then only today's.
    expect(dueReminder({ ...base, now: at("2026-05-08", "08:00") })).toBeNull();
    expect(dueReminder({ ...base, now: at("2026-05-08", "10:00") })?.key).toBe(
      "overdue-2:2026-05-08",
    );
  });

  it("with quietTo before sendAt, a missed reminder may go out early the next morning", () => {
    const p = parseReminderPolicy({ quietTo: "09:00", quietFrom: "19:00" });
    const b = { ...base, policy: p };
    expect(dueReminder({ ...b, now: at("2026-04-28", "08:59") })).toBeNull();
    expect(dueReminder({ ...b, now: at("2026-04-28", "09:00") })?.key).toBe("before-3:2026-04-27");
    expect(dueReminder({ ...b, now: at("2026-04-29", "09:30") })?.key).toBe("before-3:2026-04-27");
    expect(dueReminder({ ...b, now: at("2026-04-29", "10:00") })?.key).toBe("before-1:2026-04-29");
    expect(dueReminder({ ...b, now: at("2026-04-29", "18:30") })?.key).toBe("before-1:2026-04-29");
    expect(dueReminder({ ...b, now: at("2026-04-29", "19:00") })).toBeNull();
  });

  it("simulated scheduler: exactly-once with a ledger, full uptime and with downtime", () => {
    const run = (down: (t: Date) => boolean) => {
      const ledger = new Map<string, string>();
      const start = at("2026-03-30", "00:00").getTime();
      const end = at("2026-05-20", "00:00").getTime();
      for (let t = start; t < end; t += 15 * 60_000) {
        const now = new Date(t);
        if (down(now)) continue;
        const r = dueReminder({ ...base, now, startedOn: listSentOn });
        if (r && !ledger.has(r.key)) ledger.set(r.key, now.toISOString());
      }
      return ledger;
    };
    const full = run(() => false);
    const schedule = reminderSchedule(policy, cal, due, d("2026-05-19"), { startedOn: listSentOn });
    expect([...full.keys()]).toEqual(brief(schedule));
    for (const r of schedule) {
      expect(full.get(r.key)).toBe(at(r.scheduledFor, "10:00").toISOString());
    }
    const downFrom = at("2026-04-28", "00:00").getTime();
    const downTo = at("2026-05-06", "12:00").getTime();
    const partial = run((t) => t.getTime() >= downFrom && t.getTime() < downTo);
    expect([...partial.keys()]).toEqual([
      "before-7:2026-04-21",
      "before-3:2026-04-27",
      "overdue-1:2026-05-05",
      "overdue-2:2026-05-08",
      "overdue-3:2026-05-13",
      "overdue-4:2026-05-15",
      "overdue-5:2026-05-19",
    ]);
    expect(partial.get("overdue-1:2026-05-05")).toBe(at("2026-05-06", "12:00").toISOString());
  });

  it("agrees with reminderSchedule at every working day and time", () => {
    const full = reminderSchedule(policy, cal, due, d("2026-07-01"));
    for (let day = d("2026-04-15"); day <= d("2026-06-30"); day = addDays(day, 1)) {
      for (const hm of ["09:00", "10:00", "13:00", "18:00"]) {
        const r = dueReminder({ ...base, now: at(day, hm) });
        const inWindow = cal.isWorkingDay(day) && hm >= "10:00" && hm < "18:00";
        expect(isInSendingWindow(at(day, hm), cal, policy, TZ)).toBe(inWindow);
        if (!inWindow) {
          expect(r).toBeNull();
          continue;
        }
        const expected = full.filter((x) => x.scheduledFor <= day).at(-1) ?? null;
        expect(r, `${day} ${hm}`).toEqual(expected);
      }
    }
  });

  it("returned for revision: reminders follow the return date", () => {
    const b = { ...base, returnedOn: d("2026-05-04") };
    expect(dueReminder({ ...b, now: at("2026-05-04", "15:00") })).toBeNull();
    expect(dueReminder({ ...b, now: at("2026-05-05", "10:00") })?.key).toBe(
      "returned-1:2026-05-05",
    );
    expect(dueReminder({ ...b, now: at("2026-05-06", "10:00") })?.key).toBe(
      "returned-1:2026-05-05",
    );
    // 5 May (1), 6 May (2), 7 May holiday, 8 May (3) → every 2 working days
    expect(dueReminder({ ...b, now: at("2026-05-08", "10:00") })?.key).toBe(
      "returned-2:2026-05-08",
    );
    expect(dueReminder({ ...b, now: at("2026-05-13", "10:00") })?.key).toBe(
      "returned-3:2026-05-13",
    );
  });

  it("honours the configured time zone", () => {
    const b = { ...base, tz: "Europe/Moscow" };
    expect(dueReminder({ ...b, now: new Date("2026-04-27T06:59:00Z") })).toBeNull(); // 09:59 MSK
    expect(dueReminder({ ...b, now: new Date("2026-04-27T07:00:00Z") })?.key).toBe(
      "before-3:2026-04-27",
    );
  });
});

describe("nextSendWindow", () => {
  it("wakes at the next working day's sendAt, skipping weekends and holidays", () => {
    expect(nextSendWindow(at("2026-03-20", "11:00"), cal, policy, TZ)).toEqual(
      at("2026-03-26", "10:00"),
    );
    expect(nextSendWindow(at("2026-04-27", "09:00"), cal, policy, TZ)).toEqual(
      at("2026-04-27", "10:00"),
    );
    expect(nextSendWindow(at("2026-04-27", "10:00"), cal, policy, TZ)).toEqual(
      at("2026-04-28", "10:00"),
    );
    expect(nextSendWindow(at("2026-04-30", "19:00"), cal, policy, TZ)).toEqual(
      at("2026-05-04", "10:00"),
    );
  });

  it("with quietTo, wakes at the window opening and at sendAt", () => {
    const p = parseReminderPolicy({ quietTo: "09:00" });
    expect(nextSendWindow(at("2026-04-27", "08:00"), cal, p, TZ)).toEqual(
      at("2026-04-27", "09:00"),
    );
    expect(nextSendWindow(at("2026-04-27", "09:00"), cal, p, TZ)).toEqual(
      at("2026-04-27", "10:00"),
    );
    expect(nextSendWindow(at("2026-04-27", "12:00"), cal, p, TZ)).toEqual(
      at("2026-04-28", "09:00"),
    );
  });
});
