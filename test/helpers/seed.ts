/** Rows a test needs, made through the real schema (no mocks). */
import type { Db } from "../../src/db/client.js";
import {
  agencies,
  assignmentOfficials,
  assignments,
  campaigns,
  officials,
  services,
} from "../../src/db/schema.js";
import { DEFAULT_REMINDER_POLICY } from "../../src/domain/reminders.js";
import type { Locale } from "../../src/domain/vocabulary.js";

let seq = 0;

export async function seedAgency(db: Db, name = "Министерство цифрового развития") {
  seq++;
  const [a] = await db
    .insert(agencies)
    .values({ code: `AG-${seq}-${Date.now() % 100000}`, nameRu: name, nameKk: `${name} (kk)` })
    .returning();
  return a!;
}

/**
 * A sent campaign. `processOptional` defaults to true: fixtures that only answer the
 * questionnaire (Appendix 2) may still submit; tests of Appendix 1 seed it required.
 */
export async function seedCampaign(
  db: Db,
  o: { year?: number; dueOn?: string; listSentOn?: string; processOptional?: boolean } = {},
) {
  const [c] = await db
    .insert(campaigns)
    .values({
      year: o.year ?? 2026,
      title: `Кампания ${o.year ?? 2026}`,
      listSentOn: o.listSentOn ?? "2026-03-30",
      dueOn: o.dueOn ?? "2026-04-30",
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      status: "sent",
      processOptional: o.processOptional ?? true,
    })
    .returning();
  return c!;
}

export async function seedService(db: Db, agencyId: number, name: string, nameKk = `${name} (kk)`) {
  seq++;
  const [s] = await db
    .insert(services)
    .values({ registryCode: `SRV-${seq}-${Date.now() % 100000}`, nameRu: name, nameKk, agencyId })
    .returning();
  return s!;
}

/** An official linked to Telegram user `telegramId`, assigned the given services in a campaign. */
export async function seedOfficial(
  db: Db,
  o: {
    telegramId: number;
    agencyId: number;
    locale?: Locale | null;
    campaignId: number;
    serviceIds: number[];
  },
) {
  const [official] = await db
    .insert(officials)
    .values({
      telegramId: o.telegramId,
      agencyId: o.agencyId,
      locale: o.locale === undefined ? "ru" : o.locale,
    })
    .returning();
  const assignmentIds: number[] = [];
  for (const serviceId of o.serviceIds) {
    const [a] = await db
      .insert(assignments)
      .values({ campaignId: o.campaignId, serviceId, agencyId: o.agencyId })
      .onConflictDoNothing()
      .returning();
    const id =
      a?.id ??
      (
        await db.query.assignments.findFirst({
          where: (t, { and, eq }) =>
            and(eq(t.campaignId, o.campaignId), eq(t.serviceId, serviceId)),
        })
      )?.id;
    await db.insert(assignmentOfficials).values({ assignmentId: id!, officialId: official!.id });
    assignmentIds.push(id!);
  }
  return { official: official!, assignmentIds };
}

/** One agency, one campaign, `n` services and an official answering for them. */
export async function seedWorld(
  db: Db,
  o: {
    telegramId: number;
    locale?: Locale | null;
    services?: string[];
    processOptional?: boolean;
  } = { telegramId: 1001 },
) {
  const agency = await seedAgency(db);
  const campaign = await seedCampaign(db, { processOptional: o.processOptional });
  const list = [];
  for (const name of o.services ?? ["Выдача лицензии на туристическую деятельность"]) {
    list.push(await seedService(db, agency.id, name));
  }
  const { official, assignmentIds } = await seedOfficial(db, {
    telegramId: o.telegramId,
    agencyId: agency.id,
    locale: o.locale,
    campaignId: campaign.id,
    serviceIds: list.map((s) => s.id),
  });
  return { agency, campaign, services: list, official, assignmentIds };
}
