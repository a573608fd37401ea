/** Server-side admin sessions: the cookie holds a random id, the table its SHA-256. */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../client.js";
import { adminSessions, admins } from "../schema.js";
import type { AdminRow } from "./admins.js";

export type SessionRow = typeof adminSessions.$inferSelect;

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function hashSessionId(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}

export function sessionsRepo(db: Db) {
  return {
    /** A new session; returns the raw id (for the cookie) and the CSRF token. */
    async create(adminId: number, now: Date): Promise<{ id: string; csrfToken: string }> {
      const id = randomBytes(32).toString("base64url");
      const csrfToken = randomBytes(24).toString("base64url");
      await db.insert(adminSessions).values({
        idHash: hashSessionId(id),
        adminId,
        csrfToken,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
        createdAt: now,
      });
      return { id, csrfToken };
    },
    async load(
      id: string,
      now: Date,
    ): Promise<{ session: SessionRow; admin: AdminRow } | undefined> {
      const [row] = await db
        .select({ session: adminSessions, admin: admins })
        .from(adminSessions)
        .innerJoin(admins, eq(admins.id, adminSessions.adminId))
        .where(and(eq(adminSessions.idHash, hashSessionId(id)), gt(adminSessions.expiresAt, now)));
      if (!row || row.admin.archivedAt) return undefined;
      return row;
    },
    async destroy(id: string): Promise<void> {
      await db.delete(adminSessions).where(eq(adminSessions.idHash, hashSessionId(id)));
    },
    async purgeExpired(now: Date): Promise<void> {
      await db.delete(adminSessions).where(lt(adminSessions.expiresAt, now));
    },
  };
}
