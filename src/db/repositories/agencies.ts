/** State bodies (agencies): the registry the panel edits and imports. */
import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { agencies } from "../schema.js";
import { containsPattern, type Page, type Paging, paged } from "./paging.js";

export type AgencyRow = typeof agencies.$inferSelect;
export interface AgencyInput {
  code: string;
  nameKk: string;
  nameRu: string;
}

export function agenciesRepo(db: Db) {
  return {
    /** Agencies for pickers and filters (never the playground's). */
    async list(opts: { includeArchived?: boolean } = {}): Promise<AgencyRow[]> {
      return db
        .select()
        .from(agencies)
        .where(
          and(
            eq(agencies.isTest, false),
            opts.includeArchived ? undefined : isNull(agencies.archivedAt),
          ),
        )
        .orderBy(asc(agencies.code));
    },
    /** One page of the agencies list: search by code or name, archived or not. */
    async page(
      f: { includeArchived?: boolean; q?: string },
      paging: Paging,
    ): Promise<Page<AgencyRow>> {
      const conds: (SQL | undefined)[] = [eq(agencies.isTest, false)];
      if (!f.includeArchived) conds.push(isNull(agencies.archivedAt));
      if (f.q) {
        const p = containsPattern(f.q);
        conds.push(
          or(ilike(agencies.code, p), ilike(agencies.nameKk, p), ilike(agencies.nameRu, p)),
        );
      }
      const where = conds.length ? and(...conds) : undefined;
      return paged(
        db
          .select()
          .from(agencies)
          .where(where)
          .orderBy(asc(agencies.code))
          .limit(paging.limit)
          .offset(paging.offset),
        db.select({ n: count() }).from(agencies).where(where),
      );
    },
    async byId(id: number): Promise<AgencyRow | undefined> {
      const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
      return row;
    },
    async byCodes(codes: string[]): Promise<AgencyRow[]> {
      if (codes.length === 0) return [];
      return db.select().from(agencies).where(inArray(agencies.code, codes));
    },
    async create(v: AgencyInput): Promise<AgencyRow> {
      const [row] = await db.insert(agencies).values(v).returning();
      if (!row) throw new Error("agency insert returned nothing");
      return row;
    },
    async update(id: number, v: Partial<AgencyInput> & { archivedAt?: Date | null }) {
      await db.update(agencies).set(v).where(eq(agencies.id, id));
    },
    /** Inserts or updates by code; returns how many were created and updated. */
    async upsertMany(rows: AgencyInput[]): Promise<{ created: number; updated: number }> {
      if (rows.length === 0) return { created: 0, updated: 0 };
      const existing = new Set((await this.byCodes(rows.map((r) => r.code))).map((a) => a.code));
      for (let i = 0; i < rows.length; i += 500) {
        await db
          .insert(agencies)
          .values(rows.slice(i, i + 500))
          .onConflictDoUpdate({
            target: agencies.code,
            set: { nameKk: sql`excluded.name_kk`, nameRu: sql`excluded.name_ru` },
          });
      }
      const updated = rows.filter((r) => existing.has(r.code)).length;
      return { created: rows.length - updated, updated };
    },
  };
}
