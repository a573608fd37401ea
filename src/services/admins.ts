/**
 * The panel's users: add, edit (name, role, language), deactivate and reactivate, log out.
 * Names are unique without case and spaces; at least one active secretary always remains;
 * a deactivated admin cannot log in and their sessions end. Every change is audited.
 */
import type { AdminChange, AdminPatch, AdminRow } from "../db/repositories/admins.js";
import { audit } from "../db/repositories/audit.js";
import type { AdminRole, Locale } from "../domain/vocabulary.js";
import type { Acting } from "./acting.js";
import type { CoreDeps } from "./deps.js";

export type AdminInput = { name: string; role: AdminRole; locale: Locale };

export async function createAdmin(
  w: Acting,
  v: AdminInput,
): Promise<{ ok: true; admin: AdminRow } | { ok: false; error: "name-taken" }> {
  const admin = await w.deps.repos.admins.createUnlessNameTaken(v);
  if (admin === "name-taken") return { ok: false, error: "name-taken" };
  await audit(w.deps.db, {
    actor: w.actor,
    action: "create",
    entity: "admin",
    entityId: admin.id,
    after: admin,
  });
  return { ok: true, admin };
}

const shown = (a: AdminRow) => ({
  name: a.name,
  role: a.role,
  locale: a.locale,
  archivedAt: a.archivedAt,
});

async function change(
  w: Acting,
  id: number,
  patch: AdminPatch,
  action: string,
): Promise<AdminChange> {
  const r = await w.deps.repos.admins.change(id, patch);
  if (r.ok) {
    await audit(w.deps.db, {
      actor: w.actor,
      action,
      entity: "admin",
      entityId: id,
      before: shown(r.before),
      after: shown(r.after),
    });
  }
  return r;
}

/** Name, role and language; refused when the name is taken or no active secretary would remain. */
export function editAdmin(w: Acting, id: number, v: AdminInput): Promise<AdminChange> {
  return change(w, id, v, "update");
}

/** Deactivates (sessions end, login refused) or reactivates an admin. */
export function setAdminActive(w: Acting, id: number, active: boolean): Promise<AdminChange> {
  return active
    ? change(w, id, { archivedAt: null }, "unarchive")
    : change(w, id, { archivedAt: w.deps.now() }, "archive");
}

/** Ends the session of this cookie id (audited when it belonged to an admin). */
export async function logOut(deps: CoreDeps, sid: string | undefined, adminId?: number) {
  if (sid) await deps.repos.sessions.destroy(sid);
  if (adminId !== undefined) {
    await audit(deps.db, {
      actor: `admin:${adminId}`,
      action: "logout",
      entity: "admin",
      entityId: adminId,
    });
  }
}
