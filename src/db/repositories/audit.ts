import { and, asc, count, desc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "../client.js";
import { admins, auditLog, officials } from "../schema.js";
import { type Page, type Paging, paged } from "./paging.js";

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** when it happened (the app's clock); default: the database's now() */
  at?: Date;
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
    ...(e.at ? { at: e.at } : {}),
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

/** The actions and objects the log holds, for the page's filters. */
export async function auditVocabulary(db: Db): Promise<{ actions: string[]; entities: string[] }> {
  const [actions, entities] = await Promise.all([
    db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(asc(auditLog.entity)),
  ]);
  return { actions: actions.map((r) => r.v), entities: entities.map((r) => r.v) };
}

/** Who the actors ("admin:3", "official:12") of some entries are: their names, when known. */
export async function actorNames(
  db: Db,
  actors: string[],
): Promise<{ admins: Map<number, string>; officials: Map<number, string | null> }> {
  const ids = (kind: string) => [
    ...new Set(
      actors
        .filter((a) => a.startsWith(`${kind}:`))
        .map((a) => Number(a.slice(kind.length + 1)))
        .filter((n) => Number.isInteger(n) && n > 0 && n <= 2_147_483_647),
    ),
  ];
  const adminIds = ids("admin");
  const officialIds = ids("official");
  const [a, o] = await Promise.all([
    adminIds.length
      ? db
          .select({ id: admins.id, name: admins.name })
          .from(admins)
          .where(inArray(admins.id, adminIds))
      : [],
    officialIds.length
      ? db
          .select({ id: officials.id, name: officials.fullName })
          .from(officials)
          .where(inArray(officials.id, officialIds))
      : [],
  ]);
  return {
    admins: new Map(a.map((r) => [r.id, r.name])),
    officials: new Map(o.map((r) => [r.id, r.name])),
  };
}
