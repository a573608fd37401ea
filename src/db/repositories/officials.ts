import { and, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Cursor, Locale } from "../../domain/vocabulary.js";
import type { Db } from "../client.js";
import { agencies, botStorage, officials } from "../schema.js";
import { containsPattern, type Page, type Paging, paged } from "./paging.js";

/**
 * The language to write to an official in: the one they picked, else their Telegram app's
 * (recorded as they write), so a Kazakh app gets Kazakh reminders before any choice.
 */
export const officialLocale = sql<Locale | null>`coalesce(${officials.locale}, ${officials.telegramLocale})`;

/** bot_storage key of the language a not yet linked Telegram user chose */
const chosenLocaleKey = (telegramId: number) => `locale:${telegramId}`;

export type Official = typeof officials.$inferSelect;

export function officialsRepo(db: Db) {
  // The statements every bot update runs, built once: drizzle's building and postgres.js's
  // parse are paid at the first call only (about half of such a statement's cost).
  const stored = (key: string) =>
    sql`(select ${botStorage.value} from ${botStorage} where ${botStorage.key} = ${sql.placeholder(key)})`;
  const senderQuery = db
    .select({
      official: officials,
      chosen: stored("chosenKey").mapWith(botStorage.value),
      stored: stored("storageKey").mapWith(botStorage.value),
    })
    .from(sql`(select 1) as one`)
    .leftJoin(officials, eq(officials.telegramId, sql.placeholder("telegramId")))
    .prepare("official_sender");
  const setCursorQuery = db
    .update(officials)
    .set({ cursor: sql`${sql.placeholder("cursor")}::jsonb` })
    .where(eq(officials.id, sql.placeholder("id")))
    .prepare("official_set_cursor");

  return {
    async byTelegramId(telegramId: number): Promise<Official | undefined> {
      const [row] = await db.select().from(officials).where(eq(officials.telegramId, telegramId));
      return row;
    },
    /**
     * What the bot needs of a Telegram user at each update, in one round trip: the linked
     * official, the language an unlinked user chose, and the stored value under `storageKey`
     * (the chat's conversation state), so the update's first read costs no query of its own.
     */
    async sender(
      telegramId: number,
      storageKey: string | undefined,
    ): Promise<{ official?: Official; chosenLocale?: Locale; stored: unknown }> {
      const [row] = await senderQuery.execute({
        telegramId,
        chosenKey: chosenLocaleKey(telegramId),
        storageKey: storageKey ?? null,
      });
      const chosen = row?.chosen;
      return {
        official: row?.official ?? undefined,
        chosenLocale: chosen === "kk" || chosen === "ru" ? chosen : undefined,
        stored: row?.stored ?? undefined,
      };
    },
    async byId(id: number): Promise<Official | undefined> {
      const [row] = await db.select().from(officials).where(eq(officials.id, id));
      return row;
    },
    /** Any message from the official proves they can be reached again (and says their app's language). */
    async touch(id: number, now: Date, telegramLocale?: Locale): Promise<void> {
      await db
        .update(officials)
        .set({
          lastSeenAt: now,
          reachable: true,
          unreachableSince: null,
          ...(telegramLocale ? { telegramLocale } : {}),
        })
        .where(eq(officials.id, id));
    },
    async setLocale(id: number, locale: Locale): Promise<void> {
      await db.update(officials).set({ locale }).where(eq(officials.id, id));
    },
    /** The language a Telegram user chose before they were linked (applied when they link). */
    async rememberChosenLocale(telegramId: number, locale: Locale): Promise<void> {
      await db
        .insert(botStorage)
        .values({ key: chosenLocaleKey(telegramId), value: locale })
        .onConflictDoUpdate({
          target: botStorage.key,
          set: { value: locale, updatedAt: sql`now()` },
        });
    },
    async forgetChosenLocale(telegramId: number): Promise<void> {
      await db.delete(botStorage).where(eq(botStorage.key, chosenLocaleKey(telegramId)));
    },
    async setCursor(id: number, cursor: Cursor | null): Promise<void> {
      await setCursorQuery.execute({ id, cursor: cursor === null ? null : JSON.stringify(cursor) });
    },
    /** After a 403 from Telegram: stop sending until they write again. */
    async markUnreachable(telegramId: number, now: Date): Promise<void> {
      await db
        .update(officials)
        .set({
          reachable: false,
          unreachableSince: sql`coalesce(${officials.unreachableSince}, ${now.toISOString()}::timestamptz)`,
        })
        .where(eq(officials.telegramId, telegramId));
    },
  };
}

export type OfficialWithAgency = Official & {
  agencyCode: string;
  agencyNameKk: string;
  agencyNameRu: string;
};

/** One page of the admin panel's officials list (newest activity first), searched and filtered. */
export async function listOfficials(
  db: Db,
  f: { q?: string; agencyId?: number; reachable?: boolean },
  paging: Paging,
): Promise<Page<OfficialWithAgency>> {
  // the playground's test officials belong to its test agency
  const conds: (SQL | undefined)[] = [eq(agencies.isTest, false)];
  if (f.agencyId) conds.push(eq(officials.agencyId, f.agencyId));
  if (f.reachable !== undefined) conds.push(eq(officials.reachable, f.reachable));
  if (f.q) {
    const p = containsPattern(f.q);
    conds.push(or(ilike(officials.fullName, p), ilike(officials.position, p)));
  }
  const where = conds.length ? and(...conds) : undefined;
  const page = await paged(
    db
      .select({
        o: officials,
        agencyCode: agencies.code,
        agencyNameKk: agencies.nameKk,
        agencyNameRu: agencies.nameRu,
      })
      .from(officials)
      .innerJoin(agencies, eq(agencies.id, officials.agencyId))
      .where(where)
      .orderBy(sql`${officials.lastSeenAt} desc nulls last`, desc(officials.id))
      .limit(paging.limit)
      .offset(paging.offset),
    db
      .select({ n: count() })
      .from(officials)
      .innerJoin(agencies, eq(agencies.id, officials.agencyId))
      .where(where),
  );
  return {
    total: page.total,
    rows: page.rows.map((r) => ({
      ...r.o,
      agencyCode: r.agencyCode,
      agencyNameKk: r.agencyNameKk,
      agencyNameRu: r.agencyNameRu,
    })),
  };
}
