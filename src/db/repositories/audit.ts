import { and, count, desc, eq, gte, lt } from "drizzle-orm";
import type { Db, Tx } from "../client.js";
import { auditLog } from "../schema.js";
import { type Page, type Paging, paged } from "./paging.js";

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Every change by a person goes through here (who, what, when, before/after). */
export async function audit(db: Db | Tx, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId == null ? null : String(e.entityId),
    before: e.before ?? null,
    after: e.after ?? null,
  });
}

export type AuditRow = typeof auditLog.$inferSelect;

/** One page of the audit log, newest first, filtered (the admin panel's audit page). */
export async function listAudit(
  db: Db,
  f: { actor?: string; entity?: string; action?: string; from?: Date; to?: Date },
  paging: Paging,
): Promise<Page<AuditRow>> {
  const conds = [];
  if (f.actor) conds.push(eq(auditLog.actor, f.actor));
  if (f.entity) conds.push(eq(auditLog.entity, f.entity));
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.from) conds.push(gte(auditLog.at, f.from));
  if (f.to) conds.push(lt(auditLog.at, f.to));
  const where = conds.length ? and(...conds) : undefined;
  return paged(
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(paging.limit)
      .offset(paging.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  );
}
