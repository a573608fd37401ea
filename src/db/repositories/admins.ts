/** The authorized body's staff (secretary, members) and the first-run setup tokens. */
import { and, asc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { AdminRole, Locale } from "../../domain/vocabulary.js";
import type { Db } from "../client.js";
import { admins, setupTokens } from "../schema.js";

export type AdminRow = typeof admins.$inferSelect;

export function adminsRepo(db: Db) {
  return {
    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(admins);
      return row?.n ?? 0;
    },
    async byId(id: number): Promise<AdminRow | undefined> {
      const [row] = await db.select().from(admins).where(eq(admins.id, id));
      return row;
    },
    async list(): Promise<AdminRow[]> {
      return db.select().from(admins).orderBy(asc(admins.id));
    },
    /** Active admins whose name (case-insensitive) or Telegram id matches the login input. */
    async findForLogin(input: string): Promise<AdminRow | undefined> {
      const s = input.trim();
      const asId = /^\d{1,15}$/.test(s) ? Number(s) : null;
      const [row] = await db
        .select()
        .from(admins)
        .where(
          and(
            isNull(admins.archivedAt),
            asId !== null
              ? sql`(${admins.telegramId} = ${asId} or lower(${admins.name}) = lower(${s}))`
              : sql`lower(${admins.name}) = lower(${s})`,
          ),
        )
        .orderBy(asc(admins.id))
        .limit(1);
      return row;
    },
    async create(v: { name: string; role: AdminRole; locale?: Locale }): Promise<AdminRow> {
      const [row] = await db.insert(admins).values(v).returning();
      if (!row) throw new Error("admin insert returned nothing");
      return row;
    },
    async update(
      id: number,
      v: Partial<Pick<AdminRow, "name" | "role" | "locale" | "archivedAt" | "telegramId">>,
    ): Promise<void> {
      await db.update(admins).set(v).where(eq(admins.id, id));
    },

    /** Secretaries (not archived) with a linked, reachable Telegram: the digest's recipients. */
    async reachableSecretaries(): Promise<{ telegramId: number; locale: Locale }[]> {
      const rows = await db
        .select({ telegramId: admins.telegramId, locale: admins.locale })
        .from(admins)
        .where(
          and(
            eq(admins.role, "secretary"),
            isNull(admins.archivedAt),
            isNotNull(admins.telegramId),
            eq(admins.reachable, true),
          ),
        );
      return rows.map((r) => ({ telegramId: Number(r.telegramId), locale: r.locale }));
    },
    /** Links a Telegram account to the admin (reachable again). */
    async linkTelegram(id: number, telegramId: number): Promise<void> {
      await db.update(admins).set({ telegramId, reachable: true }).where(eq(admins.id, id));
    },
    /** After a 403 on an admin's chat: the panel shows it and login codes stop being sent. */
    async markUnreachable(telegramId: number): Promise<void> {
      await db.update(admins).set({ reachable: false }).where(eq(admins.telegramId, telegramId));
    },

    async createSetupToken(tokenHash: string, expiresAt: Date): Promise<void> {
      await db.insert(setupTokens).values({ tokenHash, expiresAt });
    },
    /** Marks a valid, unused token used; false when it is unknown, used or expired. */
    async consumeSetupToken(tokenHash: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(setupTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(setupTokens.tokenHash, tokenHash),
            isNull(setupTokens.usedAt),
            gt(setupTokens.expiresAt, now),
          ),
        )
        .returning({ id: setupTokens.id });
      return rows.length > 0;
    },
    async setupTokenValid(tokenHash: string, now: Date): Promise<boolean> {
      const [row] = await db
        .select({ id: setupTokens.id })
        .from(setupTokens)
        .where(
          and(
            eq(setupTokens.tokenHash, tokenHash),
            isNull(setupTokens.usedAt),
            gt(setupTokens.expiresAt, now),
          ),
        );
      return row !== undefined;
    },
  };
}
