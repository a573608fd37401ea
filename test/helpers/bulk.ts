/** Many registry rows at once (the lists' paging tests): agencies, services, a campaign. */
import type { Db } from "../../src/db/client.js";
import { agencies, assignments, services } from "../../src/db/schema.js";
import { seedCampaign } from "./seed.js";

/** `n` services S00001…, spread over `nAgencies` agencies A001…; optionally all in a campaign. */
export async function seedMany(
  db: Db,
  o: { services: number; agencies: number; campaign?: boolean },
) {
  const ag = await db
    .insert(agencies)
    .values(
      Array.from({ length: o.agencies }, (_, i) => ({
        code: `A${String(i + 1).padStart(3, "0")}`,
        nameKk: `Орган ${i + 1} (kk)`,
        nameRu: `Орган ${i + 1}`,
      })),
    )
    .returning();
  const svc: { id: number; registryCode: string; agencyId: number }[] = [];
  for (let i = 0; i < o.services; i += 500) {
    svc.push(
      ...(await db
        .insert(services)
        .values(
          Array.from({ length: Math.min(500, o.services - i) }, (_, k) => ({
            registryCode: `S${String(i + k + 1).padStart(5, "0")}`,
            nameKk: `Қызмет ${i + k + 1}`,
            nameRu: `Услуга ${i + k + 1}`,
            agencyId: ag[(i + k) % ag.length]!.id,
          })),
        )
        .returning({
          id: services.id,
          registryCode: services.registryCode,
          agencyId: services.agencyId,
        })),
    );
  }
  if (!o.campaign) return { agencies: ag, services: svc, campaign: undefined, assignmentIds: [] };
  const campaign = await seedCampaign(db);
  const assignmentIds: number[] = [];
  for (let i = 0; i < svc.length; i += 500) {
    const rows = await db
      .insert(assignments)
      .values(
        svc
          .slice(i, i + 500)
          .map((s) => ({ campaignId: campaign.id, serviceId: s.id, agencyId: s.agencyId })),
      )
      .returning({ id: assignments.id });
    assignmentIds.push(...rows.map((r) => r.id));
  }
  return { agencies: ag, services: svc, campaign, assignmentIds };
}

/** The page's text without tags and with every kind of space removed (numbers: "2 100" → "2100"). */
export function flat(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, "");
}
