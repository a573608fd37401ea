/**
 * The playground's test official: a simulated Telegram user linked to a
 * playground agency with two services in a playground campaign, so the
 * questionnaire can be tried end to end without a real bot token.
 */
import type { AdminRow } from "../../src/db/repositories/admins.js";
import { PLAYGROUND_AGENCY } from "../../src/db/repositories/playground.js";
import { parseReminderPolicy } from "../../src/domain/reminders.js";
import { addDays, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import type { AdminDeps } from "../context.js";

export { PLAYGROUND_AGENCY };

async function ensureWorld(a: AdminDeps): Promise<{ agencyId: number; campaignId: number }> {
  const today = localDate(a.deps.now(), a.deps.tz);
  return a.deps.repos.playground.ensureWorld({
    year: Number(today.slice(0, 4)),
    listSentOn: today,
    dueOn: addDays(today, 30),
    reminderPolicy: parseReminderPolicy({}),
  });
}

/** Creates the next test official (simulated user + official row + assignments). */
export async function createTestOfficial(
  a: AdminDeps,
  input: { name: string; locale: Locale },
): Promise<number> {
  const sim = a.simulator;
  if (!sim) throw new Error("no simulator");
  const repo = a.deps.repos.playground;
  const { agencyId, campaignId } = await ensureWorld(a);
  const telegramId = await repo.nextTestId();
  sim.addUser({ id: telegramId, first_name: input.name, language_code: input.locale });
  await repo.createOfficial({ telegramId, agencyId, campaignId, ...input });
  return telegramId;
}

/** Simulated users lost by a restart (the simulator lives in memory) come back from the database. */
export async function restoreTestUsers(a: AdminDeps): Promise<void> {
  const sim = a.simulator;
  if (!sim) return;
  const known = new Set(sim.users().map((u) => u.id));
  const rows = await a.deps.repos.playground.testOfficials();
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
export async function ensureSimulatedAdmin(a: AdminDeps, admin: AdminRow): Promise<AdminRow> {
  const sim = a.simulator;
  if (!sim) return admin;
  let telegramId = admin.telegramId;
  if (telegramId == null) {
    telegramId = 980_000_000 + admin.id;
    await a.deps.repos.admins.linkTelegram(admin.id, telegramId);
    a.deps.logger.info(
      { adminId: admin.id, telegramId },
      "simulator: admin linked to a simulated Telegram account",
    );
  }
  if (!sim.users().some((u) => u.id === telegramId)) {
    sim.addUser({ id: telegramId, first_name: admin.name, language_code: admin.locale });
  }
  return { ...admin, telegramId, reachable: true };
}
