/**
 * The playground's test official: a simulated Telegram user linked to a
 * playground agency with two services in a playground campaign, so the
 * questionnaire can be tried end to end without a real bot token.
 */
import { and, eq, sql } from "drizzle-orm";
import { campaignsRepo } from "../../src/db/repositories/campaigns.js";
import {
  agencies,
  assignmentOfficials,
  assignments,
  campaigns,
  officials,
  services,
} from "../../src/db/schema.js";
import { parseReminderPolicy } from "../../src/domain/reminders.js";
import { addDays, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import type { AdminDeps } from "../context.js";

export const PLAYGROUND_AGENCY = "PLAYGROUND";
const FIRST_TEST_ID = 990_000_001;

async function ensureWorld(a: AdminDeps): Promise<{ agencyId: number; campaignId: number }> {
  const db = a.deps.db;
  await db
    .insert(agencies)
    .values({
      code: PLAYGROUND_AGENCY,
      nameKk: "Сынақ мемлекеттік органы",
      nameRu: "Тестовый государственный орган",
    })
    .onConflictDoNothing();
  const [agency] = await db.select().from(agencies).where(eq(agencies.code, PLAYGROUND_AGENCY));
  if (!agency) throw new Error("playground agency vanished");
  await db
    .insert(services)
    .values([
      {
        registryCode: "PLAYGROUND-1",
        nameKk: "Сынақ қызметі: анықтама беру",
        nameRu: "Тестовая услуга: выдача справки",
        agencyId: agency.id,
      },
      {
        registryCode: "PLAYGROUND-2",
        nameKk: "Сынақ қызметі: тіркеу",
        nameRu: "Тестовая услуга: регистрация",
        agencyId: agency.id,
      },
    ])
    .onConflictDoNothing();
  const title = "Playground";
  let [campaign] = await db.select().from(campaigns).where(eq(campaigns.title, title)).limit(1);
  if (!campaign) {
    const today = localDate(a.deps.now(), a.deps.tz);
    campaign = await campaignsRepo(db).create({
      year: Number(today.slice(0, 4)),
      title,
      listSentOn: today,
      dueOn: addDays(today, 30),
      reminderPolicy: parseReminderPolicy({}),
    });
  }
  const svc = await db
    .select({ id: services.id })
    .from(services)
    .where(eq(services.agencyId, agency.id));
  await campaignsRepo(db).addServices(
    campaign.id,
    svc.map((s) => s.id),
  );
  return { agencyId: agency.id, campaignId: campaign.id };
}

/** Creates the next test official (simulated user + official row + assignments). */
export async function createTestOfficial(
  a: AdminDeps,
  input: { name: string; locale: Locale },
): Promise<number> {
  const sim = a.simulator;
  if (!sim) throw new Error("no simulator");
  const db = a.deps.db;
  const { agencyId, campaignId } = await ensureWorld(a);
  const [max] = await db
    .select({ id: sql<number>`coalesce(max(${officials.telegramId}), 0)` })
    .from(officials)
    .where(
      sql`${officials.telegramId} >= ${FIRST_TEST_ID} and ${officials.telegramId} < ${FIRST_TEST_ID + 1_000_000}`,
    );
  const telegramId = Math.max(Number(max?.id ?? 0) + 1, FIRST_TEST_ID);
  sim.addUser({ id: telegramId, first_name: input.name, language_code: input.locale });
  const [official] = await db
    .insert(officials)
    .values({ telegramId, agencyId, fullName: input.name, position: "test", locale: input.locale })
    .returning();
  if (!official) throw new Error("official insert returned nothing");
  const rows = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.campaignId, campaignId), eq(assignments.agencyId, agencyId)));
  if (rows.length) {
    await db
      .insert(assignmentOfficials)
      .values(rows.map((r) => ({ assignmentId: r.id, officialId: official.id })))
      .onConflictDoNothing();
  }
  return telegramId;
}

/** Simulated users lost by a restart (the simulator lives in memory) come back from the database. */
export async function restoreTestUsers(a: AdminDeps): Promise<void> {
  const sim = a.simulator;
  if (!sim) return;
  const known = new Set(sim.users().map((u) => u.id));
  const rows = await a.deps.db
    .select({
      telegramId: officials.telegramId,
      fullName: officials.fullName,
      locale: officials.locale,
    })
    .from(officials)
    .where(
      sql`${officials.telegramId} >= ${FIRST_TEST_ID} and ${officials.telegramId} < ${FIRST_TEST_ID + 1_000_000}`,
    );
  for (const r of rows) {
    if (!known.has(r.telegramId)) {
      sim.addUser({
        id: r.telegramId,
        first_name: r.fullName ?? "Test",
        language_code: r.locale ?? "ru",
      });
    }
  }
}

/**
 * Simulator mode only: an admin without Telegram gets a simulated account, and
 * the simulated user exists, so a login code can always be "sent" (and is
 * written to the server log) — a local trial never locks anyone out.
 */
export async function ensureSimulatedAdmin(
  a: AdminDeps,
  admin: { id: number; name: string; locale: Locale; telegramId: number | null },
): Promise<void> {
  const sim = a.simulator;
  if (!sim) return;
  let telegramId = admin.telegramId;
  if (telegramId == null) {
    telegramId = 980_000_000 + admin.id;
    const { admins } = await import("../../src/db/schema.js");
    await a.deps.db
      .update(admins)
      .set({ telegramId, reachable: true })
      .where(eq(admins.id, admin.id));
    a.deps.logger.info(
      { adminId: admin.id, telegramId },
      "simulator: admin linked to a simulated Telegram account",
    );
  }
  if (!sim.users().some((u) => u.id === telegramId)) {
    sim.addUser({ id: telegramId, first_name: admin.name, language_code: admin.locale });
  }
}
