import { describe, expect, it } from "vitest";
import {
  type CalendarOverride,
  kazakhstanCalendar,
  WorkingCalendar,
} from "../../src/domain/calendar.js";
import {
  campaignDueDate,
  defaultMeetingDate,
  isLateForMaterials,
  isListSentLate,
  listSendingDeadline,
  materialsDeadline,
  nextDefaultMeetingDate,
  roadmapDueDate,
  thirdMonday,
} from "../../src/domain/deadlines.js";
import {
  addDays,
  addMonths,
  atLocalTime,
  compareDates,
  dayOfWeek,
  diffDays,
  fromEpochDay,
  isLocalDate,
  LocalDateSchema,
  localDate,
  toEpochDay,
  toLocalDate,
} from "../../src/domain/time.js";

const d = toLocalDate;
const cal = kazakhstanCalendar();

/** All dates from a to b inclusive. */
function range(a: string, b: string): string[] {
  const out: string[] = [];
  for (let x = d(a); x <= d(b); x = addDays(x, 1)) out.push(x);
  return out;
}

describe("time: LocalDate basics", () => {
  it("validates and brands dates", () => {
    expect(isLocalDate("2026-02-28")).toBe(true);
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-4-1")).toBe(false);
    expect(isLocalDate("2026-04-01T00:00:00Z")).toBe(false);
    expect(isLocalDate(20260401)).toBe(false);
    expect(() => toLocalDate("2026-13-01")).toThrow(RangeError);
    expect(LocalDateSchema.parse("2026-04-30")).toBe("2026-04-30");
    expect(LocalDateSchema.safeParse("30.04.2026").success).toBe(false);
  });

  it("round-trips epoch days over a long range", () => {
    expect(toEpochDay(d("1970-01-01"))).toBe(0);
    for (let n = -800; n < 30_000; n += 37) {
      const x = fromEpochDay(n);
      expect(isLocalDate(x)).toBe(true);
      expect(toEpochDay(x)).toBe(n);
    }
    expect(fromEpochDay(toEpochDay(d("2028-02-29")))).toBe("2028-02-29");
  });

  it("adds days and months with clamping", () => {
    expect(addDays(d("2026-02-28"), 1)).toBe("2026-03-01");
    expect(addDays(d("2028-02-28"), 1)).toBe("2028-02-29");
    expect(addDays(d("2026-01-01"), -1)).toBe("2025-12-31");
    expect(addMonths(d("2026-01-31"), 1)).toBe("2026-02-28");
    expect(addMonths(d("2028-01-31"), 1)).toBe("2028-02-29");
    expect(addMonths(d("2026-03-31"), 1)).toBe("2026-04-30");
    expect(addMonths(d("2026-03-30"), 1)).toBe("2026-04-30");
    expect(addMonths(d("2026-12-15"), 1)).toBe("2027-01-15");
    expect(addMonths(d("2026-01-15"), -1)).toBe("2025-12-15");
    expect(addMonths(d("2026-05-31"), 13)).toBe("2027-06-30");
  });

  it("weekday (ISO), comparison and differences", () => {
    expect(dayOfWeek(d("2026-03-30"))).toBe(1); // Monday
    expect(dayOfWeek(d("2026-03-21"))).toBe(6); // Saturday
    expect(dayOfWeek(d("2026-03-22"))).toBe(7); // Sunday
    expect(dayOfWeek(d("1970-01-01"))).toBe(4); // Thursday
    expect(compareDates(d("2026-01-01"), d("2026-01-02"))).toBe(-1);
    expect(compareDates(d("2026-01-02"), d("2026-01-02"))).toBe(0);
    expect(compareDates(d("2027-01-01"), d("2026-12-31"))).toBe(1);
    expect(diffDays(d("2026-03-30"), d("2026-04-30"))).toBe(31);
    expect(diffDays(d("2026-04-30"), d("2026-03-30"))).toBe(-31);
  });
});

describe("time: zones via Intl", () => {
  it("maps instants to Almaty dates (UTC+5 since 2024-03-01)", () => {
    expect(localDate(new Date("2026-03-29T18:59:59Z"))).toBe("2026-03-29");
    expect(localDate(new Date("2026-03-29T19:00:00Z"))).toBe("2026-03-30");
    expect(localDate(new Date("2026-03-29T19:00:00Z"), "UTC")).toBe("2026-03-29");
    expect(atLocalTime(d("2026-03-30"), "10:00").toISOString()).toBe("2026-03-30T05:00:00.000Z");
    expect(atLocalTime(d("2026-03-30"), "00:00", "Asia/Almaty").toISOString()).toBe(
      "2026-03-29T19:00:00.000Z",
    );
  });

  it("uses the historical offset (UTC+6 before 2024-03-01), i.e. nothing is hard-coded", () => {
    expect(atLocalTime(d("2024-02-28"), "10:00").toISOString()).toBe("2024-02-28T04:00:00.000Z");
    expect(atLocalTime(d("2024-03-01"), "10:00").toISOString()).toBe("2024-03-01T05:00:00.000Z");
    // 23:30 on 29 Feb 2024 happened twice (clocks went back at midnight): the earlier one.
    expect(atLocalTime(d("2024-02-29"), "23:30").toISOString()).toBe("2024-02-29T17:30:00.000Z");
  });

  it("works for other zones, including DST gaps", () => {
    expect(atLocalTime(d("2026-07-01"), "10:00", "Europe/Berlin").toISOString()).toBe(
      "2026-07-01T08:00:00.000Z",
    );
    expect(atLocalTime(d("2026-01-15"), "10:00", "Europe/Berlin").toISOString()).toBe(
      "2026-01-15T09:00:00.000Z",
    );
    // 02:30 does not exist on 2026-03-29 in Berlin: resolved with the pre-gap offset (03:30 CEST).
    expect(atLocalTime(d("2026-03-29"), "02:30", "Europe/Berlin").toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    );
    expect(() => atLocalTime(d("2026-03-30"), "24:00")).toThrow(RangeError);
    expect(() => atLocalTime(d("2026-03-30"), "9:00")).toThrow(RangeError);
  });
});

describe("calendar: Kazakhstan public holidays and transfers", () => {
  it("knows the fixed holidays", () => {
    for (const x of [
      "2026-01-01",
      "2026-01-02",
      "2026-01-07",
      "2026-03-23",
      "2026-05-01",
      "2026-05-07",
      "2026-07-06",
      "2026-12-16",
      "2025-08-29", // a Friday, working
    ]) {
      expect(cal.isWorkingDay(d(x)), x).toBe(x === "2025-08-29");
    }
    expect(cal.isWorkingDay(d("2025-06-06"))).toBe(false); // Kurban ait 2025 (Friday)
    expect(cal.isWorkingDay(d("2026-05-27"))).toBe(false); // Kurban ait 2026 (Wednesday)
    expect(cal.holidayName(d("2026-03-23"), "kk")).toBe("Наурыз мейрамы");
    expect(cal.holidayName(d("2026-01-01"), "ru")).toBe("Новый год");
    expect(cal.holidayName(d("2026-05-27"), "kk")).toBe("Құрбан айт");
    expect(cal.holidayName(d("2026-03-28"))).toBeNull(); // ordinary Saturday
    expect(cal.holidayName(d("2026-03-27"))).toBeNull(); // working day
  });

  it("Nauryz 2026 (Sat 21, Sun 22, Mon 23): days off 21–25 March, not the library's 23–24", () => {
    const off = range("2026-03-19", "2026-03-27").filter((x) => !cal.isWorkingDay(d(x)));
    expect(off).toEqual(["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25"]);
    expect(cal.holidayName(d("2026-03-25"), "ru")).toBe(
      "Перенесённый выходной день (Наурыз мейрамы)",
    );
    expect(cal.daysOff(2026).find((x) => x.date === "2026-03-24")?.kind).toBe("transfer");
  });

  it("Nauryz 2025 (Fri–Sun) → 24, 25 March off; 2027 (Sun–Tue) → 24 March off", () => {
    const off25 = range("2025-03-20", "2025-03-27").filter((x) => !cal.isWorkingDay(d(x)));
    expect(off25).toEqual(["2025-03-21", "2025-03-22", "2025-03-23", "2025-03-24", "2025-03-25"]);
    const off27 = range("2027-03-19", "2027-03-26").filter((x) => !cal.isWorkingDay(d(x)));
    expect(off27).toEqual(["2027-03-20", "2027-03-21", "2027-03-22", "2027-03-23", "2027-03-24"]);
  });

  it("New Year: 2027 (Fri 1, Sat 2) → Mon 4 Jan off; Orthodox Christmas never transferred", () => {
    expect(cal.isWorkingDay(d("2027-01-04"))).toBe(false);
    expect(cal.isWorkingDay(d("2027-01-05"))).toBe(true);
    expect(cal.holidayName(d("2027-01-04"), "en")).toBe("Transferred day off (New Year's Day)");
    // 2028: 1 Jan Sat, 2 Jan Sun → 3 and 4 Jan off; 7 Jan Friday.
    expect(range("2027-12-31", "2028-01-10").filter((x) => !cal.isWorkingDay(d(x)))).toEqual([
      "2028-01-01",
      "2028-01-02",
      "2028-01-03",
      "2028-01-04",
      "2028-01-07",
      "2028-01-08",
      "2028-01-09",
    ]);
    // Kurban ait 2027 falls on Sunday 16 May: religious, so Monday 17 May is a working day.
    expect(cal.isWorkingDay(d("2027-05-17"))).toBe(true);
  });

  it("other weekend holidays move to the next working day", () => {
    expect(cal.isWorkingDay(d("2026-03-09"))).toBe(false); // 8 March was a Sunday
    expect(cal.isWorkingDay(d("2026-05-11"))).toBe(false); // 9 May was a Saturday
    expect(cal.isWorkingDay(d("2026-10-26"))).toBe(false); // 25 Oct was a Sunday
    expect(cal.isWorkingDay(d("2025-07-07"))).toBe(false); // 6 July 2025 was a Sunday
  });

  it("working-day arithmetic around Nauryz and a weekend", () => {
    expect(cal.addWorkingDays(d("2026-03-20"), 1)).toBe("2026-03-26");
    expect(cal.addWorkingDays(d("2026-03-19"), 2)).toBe("2026-03-26");
    expect(cal.addWorkingDays(d("2026-03-26"), -1)).toBe("2026-03-20");
    expect(cal.addWorkingDays(d("2026-03-21"), 1)).toBe("2026-03-26"); // from a day off
    expect(cal.addWorkingDays(d("2026-03-21"), -1)).toBe("2026-03-20");
    expect(cal.addWorkingDays(d("2026-03-21"), 0)).toBe("2026-03-21");
    expect(cal.addWorkingDays(d("2026-03-27"), 1)).toBe("2026-03-30"); // Fri → Mon
    expect(cal.workingDaysBetween(d("2026-03-20"), d("2026-03-26"))).toBe(1);
    expect(cal.workingDaysBetween(d("2026-03-26"), d("2026-03-20"))).toBe(-1);
    expect(cal.workingDaysBetween(d("2026-03-20"), d("2026-03-20"))).toBe(0);
    // March 2026: 22 weekdays − 9, 16, 23, 24, 25 = 17 working days.
    expect(cal.workingDaysBetween(d("2026-02-28"), d("2026-03-31"))).toBe(17);
    expect(cal.nextWorkingDay(d("2026-03-21"))).toBe("2026-03-26");
    expect(cal.nextWorkingDay(d("2026-03-26"))).toBe("2026-03-26");
    expect(cal.previousWorkingDay(d("2026-03-25"))).toBe("2026-03-20");
    expect(cal.previousWorkingDay(d("2026-03-20"))).toBe("2026-03-20");
    expect(() => cal.addWorkingDays(d("2026-03-20"), 1.5)).toThrow(RangeError);
  });

  it("working-day arithmetic across New Year", () => {
    expect(cal.addWorkingDays(d("2026-12-31"), 1)).toBe("2027-01-05");
    expect(cal.addWorkingDays(d("2027-01-05"), -1)).toBe("2026-12-31");
    expect(cal.addWorkingDays(d("2027-01-05"), 2)).toBe("2027-01-08"); // skips 7 Jan
    expect(cal.workingDaysBetween(d("2026-12-30"), d("2027-01-08"))).toBe(4); // 31, 5, 6, 8
    expect(cal.workingDaysBetween(d("2027-01-08"), d("2026-12-30"))).toBe(-4);
  });

  it("workingDaysBetween agrees with day-by-day counting and addWorkingDays (multi-year)", () => {
    const a = d("2025-11-03");
    let count = 0;
    for (let x = a; x <= d("2027-02-15"); x = addDays(x, 17)) {
      let naive = 0;
      for (let y = addDays(a, 1); y <= x; y = addDays(y, 1)) if (cal.isWorkingDay(y)) naive++;
      expect(cal.workingDaysBetween(a, x)).toBe(naive);
      if (cal.isWorkingDay(x)) expect(cal.addWorkingDays(a, naive)).toBe(x);
      count++;
    }
    expect(count).toBeGreaterThan(20);
  });

  it("overrides: an extra working Saturday and a transferred day off", () => {
    const overrides: CalendarOverride[] = [
      { date: d("2026-01-03"), kind: "work", note: "Working Saturday (decree)" },
      { date: d("2026-01-05"), kind: "off", note: "Перенос с 3 января" },
    ];
    const c = new WorkingCalendar({ overrides });
    expect(c.isWorkingDay(d("2026-01-03"))).toBe(true);
    expect(c.isWorkingDay(d("2026-01-05"))).toBe(false);
    expect(c.holidayName(d("2026-01-05"))).toBe("Перенос с 3 января");
    expect(c.nextWorkingDay(d("2026-01-01"))).toBe("2026-01-03");
    expect(c.addWorkingDays(d("2026-01-03"), 1)).toBe("2026-01-06");
    expect(c.workingDaysBetween(d("2025-12-31"), d("2026-01-06"))).toBe(2); // 3 and 6
    // the base calendar is unaffected
    expect(cal.isWorkingDay(d("2026-01-03"))).toBe(false);
    expect(cal.isWorkingDay(d("2026-01-05"))).toBe(true);
    // an override can also cancel a holiday, and the last one for a date wins
    const c2 = c.withOverrides([
      { date: d("2026-03-25"), kind: "off" },
      { date: d("2026-03-25"), kind: "work" },
    ]);
    expect(c2.isWorkingDay(d("2026-03-25"))).toBe(true);
    expect(c2.holidayName(d("2026-03-25"))).toBeNull();
    const c3 = c.withOverrides([{ date: d("2026-06-12"), kind: "off" }]);
    expect(c3.holidayName(d("2026-06-12"), "kk")).toBe("Қосымша демалыс күні");
    expect(c3.daysOff(2026).find((x) => x.date === "2026-06-12")?.kind).toBe("override");
  });

  it("can be built without public holidays", () => {
    const plain = new WorkingCalendar({ publicHolidays: false });
    expect(plain.isWorkingDay(d("2026-03-23"))).toBe(true);
    expect(plain.isWorkingDay(d("2026-03-21"))).toBe(false);
  });
});

describe("deadlines", () => {
  it("list sending deadline is 30 March (000 p.7)", () => {
    expect(listSendingDeadline(2026)).toBe("2026-03-30");
    expect(isListSentLate(d("2026-03-30"))).toBe(false);
    expect(isListSentLate(d("2026-03-31"))).toBe(true);
  });

  it("campaign due date: same day next month, moved to the next working day (000 p.8)", () => {
    expect(campaignDueDate(d("2026-03-30"), cal)).toBe("2026-04-30"); // Thursday
    expect(campaignDueDate(d("2026-03-04"), cal)).toBe("2026-04-06"); // 4 Apr is Saturday
    expect(campaignDueDate(d("2026-04-07"), cal)).toBe("2026-05-08"); // 7 May is a holiday
    expect(campaignDueDate(d("2026-04-09"), cal)).toBe("2026-05-12"); // Sat 9 May, Mon 11 off
    expect(campaignDueDate(d("2026-02-21"), cal)).toBe("2026-03-26"); // Nauryz 21–25
    expect(campaignDueDate(d("2026-01-31"), cal)).toBe("2026-03-02"); // 28 Feb is a Saturday
    expect(campaignDueDate(d("2027-03-31"), cal)).toBe("2027-04-30"); // clamped, Friday
  });

  it("roadmap due one month after the decision (000 p.13)", () => {
    expect(roadmapDueDate(d("2026-04-20"), cal)).toBe("2026-05-20");
    expect(roadmapDueDate(d("2026-02-16"), cal)).toBe("2026-03-17"); // 16 Mar transferred off
  });

  it("third Monday of several months (001 p.25)", () => {
    expect(thirdMonday(2026, 1)).toBe("2026-01-19");
    expect(thirdMonday(2026, 3)).toBe("2026-03-16");
    expect(thirdMonday(2026, 4)).toBe("2026-04-20");
    expect(thirdMonday(2026, 6)).toBe("2026-06-15"); // 1 June is a Monday
    expect(thirdMonday(2026, 11)).toBe("2026-11-16");
    expect(thirdMonday(2027, 2)).toBe("2027-02-15");
    for (let m = 1; m <= 12; m++) {
      const x = thirdMonday(2026, m);
      expect(dayOfWeek(x)).toBe(1);
      expect(Number(x.slice(8))).toBeGreaterThanOrEqual(15);
      expect(Number(x.slice(8))).toBeLessThanOrEqual(21);
    }
  });

  it("default meeting date skips a day off", () => {
    expect(defaultMeetingDate(2026, 3, cal)).toBe("2026-03-17"); // 16 Mar: Constitution Day moved
    expect(defaultMeetingDate(2026, 4, cal)).toBe("2026-04-20");
    expect(nextDefaultMeetingDate(d("2026-04-21"), cal)).toBe("2026-05-18");
    expect(nextDefaultMeetingDate(d("2026-04-20"), cal)).toBe("2026-04-20");
    expect(nextDefaultMeetingDate(d("2026-12-22"), cal)).toBe("2027-01-18");
  });

  it("materials no later than 3 working days before the meeting (001 p.30)", () => {
    // Meeting Monday 20 April 2026 → by Wednesday 15 April.
    expect(materialsDeadline(d("2026-04-20"), cal)).toBe("2026-04-15");
    expect(isLateForMaterials(d("2026-04-15"), d("2026-04-20"), cal)).toBe(false);
    expect(isLateForMaterials(d("2026-04-16"), d("2026-04-20"), cal)).toBe(true);
    // Meeting Thursday 26 March 2026, right after Nauryz (21–25 off): by Wednesday 18 March.
    expect(materialsDeadline(d("2026-03-26"), cal)).toBe("2026-03-18");
    expect(isLateForMaterials(d("2026-03-19"), d("2026-03-26"), cal)).toBe(true);
    expect(isLateForMaterials(d("2026-03-10"), d("2026-03-26"), cal)).toBe(false);
    // Meeting Tuesday 17 March 2026 (after the 16 March day off): by Wednesday 11 March.
    expect(materialsDeadline(d("2026-03-17"), cal)).toBe("2026-03-11");
    // Meeting Monday 18 January 2027: by Wednesday 13 January.
    expect(materialsDeadline(d("2027-01-18"), cal)).toBe("2027-01-13");
  });
});
