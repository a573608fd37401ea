/**
 * When the annual report reminder is due (003 p.9: published no later than 30 April of the next
 * year): 10 working days before the last working day on or before 30 April, caught up until the
 * deadline, never outside April's window. Dates counted by hand on the 2028 calendar (30 April
 * is a Sunday).
 */
import { describe, expect, it } from "vitest";
import {
  annualReportDeadline,
  dueReportReminder,
  reportReminderDay,
} from "../../src/domain/annual-report.js";
import { kazakhstanCalendar } from "../../src/domain/calendar.js";
import { toLocalDate } from "../../src/domain/time.js";

const cal = kazakhstanCalendar();
const d = toLocalDate;

describe("the April reminder's day", () => {
  it("counts back from the last working day before a weekend deadline", () => {
    expect(annualReportDeadline(2027)).toBe("2028-04-30");
    // Fri 28 April is the last working day; 10 working days before it: Fri 14 April
    expect(reportReminderDay(2027, cal)).toBe("2028-04-14");
  });

  it("is due from its day to the deadline, for the previous year's report", () => {
    expect(dueReportReminder(d("2028-04-13"), cal)).toBeNull();
    expect(dueReportReminder(d("2028-04-14"), cal)).toEqual({
      year: 2027,
      scheduledFor: "2028-04-14",
    });
    expect(dueReportReminder(d("2028-04-30"), cal)?.scheduledFor).toBe("2028-04-14");
    expect(dueReportReminder(d("2028-05-01"), cal)).toBeNull();
    expect(dueReportReminder(d("2028-01-15"), cal)).toBeNull();
  });
});
