/**
 * The working-day calendar: Kazakhstan's public holidays (date-holidays) plus the overrides the
 * authorized body enters (extra days off, transferred working days). One repository writes the
 * overrides and builds the calendar from them.
 */
import { asc, eq } from "drizzle-orm";
import { kazakhstanCalendar, type WorkingCalendar } from "../../domain/calendar.js";
import type { LocalDate } from "../../domain/time.js";
import type { Db } from "../client.js";
import { calendarOverrides } from "../schema.js";

export type CalendarOverrideRow = typeof calendarOverrides.$inferSelect;

export function calendarRepo(db: Db) {
  return {
    /** The working-day calendar with the overrides stored in the database. */
    async load(): Promise<WorkingCalendar> {
      const rows = await db.select().from(calendarOverrides);
      return kazakhstanCalendar(
        rows.map((o) => ({ date: o.date as LocalDate, kind: o.kind, note: o.note ?? undefined })),
      );
    },
    async overrides(): Promise<CalendarOverrideRow[]> {
      return db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.date));
    },
    async putOverride(v: CalendarOverrideRow): Promise<void> {
      await db
        .insert(calendarOverrides)
        .values(v)
        .onConflictDoUpdate({
          target: calendarOverrides.date,
          set: { kind: v.kind, note: v.note },
        });
    },
    async deleteOverride(date: string): Promise<void> {
      await db.delete(calendarOverrides).where(eq(calendarOverrides.date, date));
    },
  };
}
