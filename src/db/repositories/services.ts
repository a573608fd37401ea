/** Public services (registry code, names, responsible agency). */
import {
  and,
  asc,
  count,
  eq,
  ilike,
  inArray,
  isNull,
  notInArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Db } from "../client.js";
import { agencies, assignments, services } from "../schema.js";
import { containsPattern, type Page, type Paging, paged } from "./paging.js";

export type ServiceRow = typeof services.$inferSelect;
export interface ServiceInput {
  registryCode: string;
  nameKk: string;
  nameRu: string;
  agencyId: number;
}
export interface ServiceWithAgency extends ServiceRow {
  agencyCode: string;
  agencyNameKk: string;
  agencyNameRu: string;
}

const withAgency = {
  id: services.id,
  registryCode: services.registryCode,
  nameKk: services.nameKk,
  nameRu: services.nameRu,
  agencyId: services.agencyId,
  archivedAt: services.archivedAt,
  createdAt: services.createdAt,
  agencyCode: agencies.code,
  agencyNameKk: agencies.nameKk,
  agencyNameRu: agencies.nameRu,
};

export interface ServiceFilter {
  includeArchived?: boolean;
  q?: string;
  agencyId?: number;
  /** only services not yet in this campaign (the campaign's picker) */
  notInCampaign?: number;
}

function serviceWhere(f: ServiceFilter): SQL | undefined {
  // the playground's services belong to its test agency (joined by every caller)
  const conds: (SQL | undefined)[] = [eq(agencies.isTest, false)];
  if (!f.includeArchived) conds.push(isNull(services.archivedAt));
  if (f.agencyId) conds.push(eq(services.agencyId, f.agencyId));
  if (f.q) {
    const p = containsPattern(f.q);
    conds.push(
      or(ilike(services.registryCode, p), ilike(services.nameKk, p), ilike(services.nameRu, p)),
    );
  }
  if (f.notInCampaign)
    // NOT IN over a subquery: one hashed set, not a lookup per service
    conds.push(
      notInArray(
        services.id,
        sql`(select ${assignments.serviceId} from ${assignments} where ${assignments.campaignId} = ${f.notInCampaign})`,
      ),
    );
  return and(...conds);
}

export function servicesRepo(db: Db) {
  return {
    /** Whether the registries hold anything yet (the first dashboard says what to do first). */
    async registriesEmpty(): Promise<boolean> {
      const [svc, ag] = await Promise.all([
        db.select({ id: services.id }).from(services).limit(1),
        db.select({ id: agencies.id }).from(agencies).limit(1),
      ]);
      return svc.length === 0 || ag.length === 0;
    },
    /** One page of the services list: search by code or name, one agency, archived or not. */
    async page(f: ServiceFilter, paging: Paging): Promise<Page<ServiceWithAgency>> {
      const where = serviceWhere(f);
      return paged(
        db
          .select(withAgency)
          .from(services)
          .innerJoin(agencies, eq(agencies.id, services.agencyId))
          .where(where)
          .orderBy(asc(services.registryCode))
          .limit(paging.limit)
          .offset(paging.offset),
        db
          .select({ n: count() })
          .from(services)
          .innerJoin(agencies, eq(agencies.id, services.agencyId))
          .where(where),
      );
    },
    async byId(id: number): Promise<ServiceRow | undefined> {
      const [row] = await db.select().from(services).where(eq(services.id, id));
      return row;
    },
    /** Services a campaign may take, by registry code (not the playground's). */
    async campaignableByCodes(codes: string[]): Promise<ServiceRow[]> {
      if (codes.length === 0) return [];
      const rows = await db
        .select({ s: services })
        .from(services)
        .innerJoin(agencies, eq(agencies.id, services.agencyId))
        .where(and(inArray(services.registryCode, codes), eq(agencies.isTest, false)));
      return rows.map((r) => r.s);
    },
    async byCodes(codes: string[]): Promise<ServiceRow[]> {
      if (codes.length === 0) return [];
      return db.select().from(services).where(inArray(services.registryCode, codes));
    },
    /** Services of these codes with their agency's code (what a re-import is compared with). */
    async byCodesWithAgency(codes: string[]): Promise<ServiceWithAgency[]> {
      if (codes.length === 0) return [];
      const out: ServiceWithAgency[] = [];
      // in slices: a 20,000-code IN list is one bind parameter each
      for (let i = 0; i < codes.length; i += 5000) {
        out.push(
          ...(await db
            .select(withAgency)
            .from(services)
            .innerJoin(agencies, eq(agencies.id, services.agencyId))
            .where(inArray(services.registryCode, codes.slice(i, i + 5000)))),
        );
      }
      return out;
    },
    async create(v: ServiceInput): Promise<ServiceRow> {
      const [row] = await db.insert(services).values(v).returning();
      if (!row) throw new Error("service insert returned nothing");
      return row;
    },
    async update(id: number, v: Partial<ServiceInput> & { archivedAt?: Date | null }) {
      await db.update(services).set(v).where(eq(services.id, id));
    },
    async upsertMany(rows: ServiceInput[]): Promise<{ created: number; updated: number }> {
      if (rows.length === 0) return { created: 0, updated: 0 };
      const existing = new Set(
        (await this.byCodes(rows.map((r) => r.registryCode))).map((s) => s.registryCode),
      );
      for (let i = 0; i < rows.length; i += 500) {
        await db
          .insert(services)
          .values(rows.slice(i, i + 500))
          .onConflictDoUpdate({
            target: services.registryCode,
            set: {
              nameKk: sql`excluded.name_kk`,
              nameRu: sql`excluded.name_ru`,
              agencyId: sql`excluded.agency_id`,
            },
          });
      }
      const updated = rows.filter((r) => existing.has(r.registryCode)).length;
      return { created: rows.length - updated, updated };
    },
  };
}
