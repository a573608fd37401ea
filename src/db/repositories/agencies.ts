/** State bodies (agencies): the registry the panel edits and imports. */
import { asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { agencies } from "../schema.js";

export type AgencyRow = typeof agencies.$inferSelect;
export interface AgencyInput {
  code: string;
  nameKk: string;
  nameRu: string;
}

export function agenciesRepo(db: Db) {
  return {
    async list(opts: { includeArchived?: boolean } = {}): Promise<AgencyRow[]> {
      const q = db.select().from(agencies);
      return (opts.includeArchived ? q : q.where(isNull(agencies.archivedAt))).orderBy(
        asc(agencies.code),
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
