/** The authorized body's staff (secretary, members) and the first-run setup tokens. */
import { and, asc, eq, gt, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { adminNameKey, leavesNoSecretary } from "../../domain/admins.js";
import type { AdminRole, Locale } from "../../domain/vocabulary.js";
import type { Db } from "../client.js";
import { adminSessions, admins, setupTokens } from "../schema.js";

export type AdminRow = typeof admins.$inferSelect;

/** What an admin's edit may change (name, role, language, active). */
export type AdminPatch = Partial<Pick<AdminRow, "name" | "role" | "locale" | "archivedAt">>;

export type AdminChange =
  | { ok: true; before: AdminRow; after: AdminRow }
  | { ok: false; error: "not-found" | "name-taken" | "last-secretary" };

/** A unique-index violation (another admin already has the name). */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

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
    async byTelegramId(telegramId: number): Promise<AdminRow | undefined> {
      const [row] = await db.select().from(admins).where(eq(admins.telegramId, telegramId));
      return row;
    },
    async list(): Promise<AdminRow[]> {
      return db.select().from(admins).orderBy(asc(admins.id));
    },
    /** The active admin whose name (without case and spaces) or Telegram id is the login input. */
    async findForLogin(input: string): Promise<AdminRow | undefined> {
      const s = input.trim();
      const asId = /^\d{1,15}$/.test(s) ? Number(s) : null;
      const byName = eq(admins.nameKey, adminNameKey(s));
      const [row] = await db
        .select()
        .from(admins)
        .where(
          and(
            isNull(admins.archivedAt),
            asId !== null ? or(eq(admins.telegramId, asId), byName) : byName,
          ),
        )
        .orderBy(asc(admins.id))
        .limit(1);
      return row;
    },
    /** A new admin; throws when the name is taken (see createUnlessNameTaken). */
    async create(v: { name: string; role: AdminRole; locale?: Locale }): Promise<AdminRow> {
      const [row] = await db
        .insert(admins)
        .values({ ...v, nameKey: adminNameKey(v.name) })
        .returning();
      if (!row) throw new Error("admin insert returned nothing");
      return row;
    },
    /** A new admin, or "name-taken" when another admin has the same name (case and spaces aside). */
    async createUnlessNameTaken(v: {
      name: string;
      role: AdminRole;
      locale?: Locale;
    }): Promise<AdminRow | "name-taken"> {
      const [row] = await db
        .insert(admins)
        .values({ ...v, nameKey: adminNameKey(v.name) })
        .onConflictDoNothing({ target: admins.nameKey })
        .returning();
      return row ?? "name-taken";
    },
    async update(
      id: number,
      v: Partial<Pick<AdminRow, "name" | "role" | "locale" | "archivedAt" | "telegramId">>,
    ): Promise<void> {
      const key = v.name === undefined ? {} : { nameKey: adminNameKey(v.name) };
      await db
        .update(admins)
        .set({ ...v, ...key })
        .where(eq(admins.id, id));
    },
    /**
     * Edits an admin unless that leaves no active secretary or the name is taken. Runs with
     * every admin row locked, so two secretaries demoting each other at once cannot both win.
     * A deactivated admin's sessions end in the same transaction.
     */
    async change(id: number, patch: AdminPatch): Promise<AdminChange> {
      try {
        return await db.transaction(async (tx): Promise<AdminChange> => {
          const all = await tx.select().from(admins).orderBy(asc(admins.id)).for("update");
          const before = all.find((x) => x.id === id);
          if (!before) return { ok: false, error: "not-found" };
          const merged = { ...before, ...patch };
          const state = (x: AdminRow) => ({ id: x.id, role: x.role, active: !x.archivedAt });
          if (leavesNoSecretary(all.map(state), state(merged)))
            return { ok: false, error: "last-secretary" };
          const set: Partial<AdminRow> = { ...patch };
          if (patch.name !== undefined) {
            set.nameKey = adminNameKey(patch.name);
            const [clash] = await tx
              .select({ id: admins.id })
              .from(admins)
              .where(and(eq(admins.nameKey, set.nameKey), ne(admins.id, id)));
            if (clash) return { ok: false, error: "name-taken" };
          }
          const [after] = await tx.update(admins).set(set).where(eq(admins.id, id)).returning();
          if (!after) return { ok: false, error: "not-found" };
          if (after.archivedAt) await tx.delete(adminSessions).where(eq(adminSessions.adminId, id));
          return { ok: true, before, after };
        });
      } catch (err) {
        // a rename racing a new admin of the same name: the unique index decides
        if (isUniqueViolation(err)) return { ok: false, error: "name-taken" };
        throw err;
      }
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
