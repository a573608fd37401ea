/** Changes to the working-day calendar's overrides, audited (every deadline is counted on them). */
import { audit } from "../db/repositories/audit.js";
import type { LocalDate } from "../domain/time.js";
import type { Acting } from "./acting.js";

export async function putCalendarOverride(
  w: Acting,
  row: { date: LocalDate; kind: "off" | "work"; note: string | null },
): Promise<void> {
  await w.deps.repos.calendar.putOverride(row);
  await audit(w.deps.db, {
    actor: w.actor,
    action: "put",
    entity: "calendar",
    entityId: row.date,
    after: row,
  });
}

export async function deleteCalendarOverride(w: Acting, date: LocalDate): Promise<void> {
  await w.deps.repos.calendar.deleteOverride(date);
  await audit(w.deps.db, { actor: w.actor, action: "delete", entity: "calendar", entityId: date });
}
