/**
 * The panel's users. Names are unique without regard to case and spaces ("Ерлан  Бек" and
 * "ерланбек" are one name), because the name is what a user types to log in.
 */
import type { AdminRole } from "./vocabulary.js";

/** The comparable form of an admin's name (also of what is typed on the login page). */
export function adminNameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** At least one active secretary must remain: true when the change would leave none. */
export function leavesNoSecretary(
  admins: readonly { id: number; role: AdminRole; active: boolean }[],
  change: { id: number; role: AdminRole; active: boolean },
): boolean {
  return !admins.some((a) =>
    a.id === change.id
      ? change.active && change.role === "secretary"
      : a.active && a.role === "secretary",
  );
}
