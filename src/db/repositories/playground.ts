/**
 * The admin panel's playground (simulator mode): a playground agency with two services in a
 * playground campaign, and test officials whose Telegram ids lie in a reserved range.
 */
import { and, eq, gte, lt, max } from "drizzle-orm";
import type { ReminderPolicy } from "../../domain/reminders.js";
import type { LocalDate } from "../../domain/time.js";
import type { Locale } from "../../domain/vocabulary.js";
import type { Db } from "../client.js";
import {
  agencies,
  assignmentOfficials,
  assignments,
  campaigns,
  officials,
  services,
} from "../schema.js";
import { campaignsRepo } from "./campaigns.js";

export const PLAYGROUND_AGENCY = "PLAYGROUND";
const PLAYGROUND_CAMPAIGN = "Playground";
/** Test officials' Telegram ids: [FIRST_TEST_ID, FIRST_TEST_ID + 1,000,000). */
export const FIRST_TEST_ID = 990_000_001;
const inTestRange = () =>
  and(
    gte(officials.telegramId, FIRST_TEST_ID),
    lt(officials.telegramId, FIRST_TEST_ID + 1_000_000),
  );

export function playgroundRepo(db: Db) {
  return {
    /** The playground agency, services and campaign (created once). */
    async ensureWorld(campaign: {
      year: number;
      listSentOn: LocalDate;
      dueOn: LocalDate;
      reminderPolicy: ReminderPolicy;
    }): Promise<{ agencyId: number; campaignId: number }> {
      await db
        .insert(agencies)
        .values({
          code: PLAYGROUND_AGENCY,
          nameKk: "Сынақ мемлекеттік органы",
          nameRu: "Тестовый государственный орган",
          isTest: true,
        })
        .onConflictDoUpdate({ target: agencies.code, set: { isTest: true } });
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
      let [row] = await db
        .select()
        .from(campaigns)
        .where(eq(campaigns.isTest, true))
        .orderBy(campaigns.id)
        .limit(1);
      row ??= await campaignsRepo(db).create({
        ...campaign,
        title: PLAYGROUND_CAMPAIGN,
        isTest: true,
      });
      const svc = await db
        .select({ id: services.id })
        .from(services)
        .where(eq(services.agencyId, agency.id));
      await campaignsRepo(db).addServices(
        row.id,
        svc.map((s) => s.id),
      );
      return { agencyId: agency.id, campaignId: row.id };
    },

    /** The next free test Telegram id. */
    async nextTestId(): Promise<number> {
      const [row] = await db
        .select({ id: max(officials.telegramId) })
        .from(officials)
        .where(inTestRange());
      return Math.max(Number(row?.id ?? 0) + 1, FIRST_TEST_ID);
    },

    /** A test official of the playground agency, linked to its questionnaires. */
    async createOfficial(v: {
      telegramId: number;
      agencyId: number;
      campaignId: number;
      name: string;
      locale: Locale;
    }): Promise<void> {
      const [official] = await db
        .insert(officials)
        .values({
          telegramId: v.telegramId,
          agencyId: v.agencyId,
          fullName: v.name,
          position: "test",
          locale: v.locale,
        })
        .returning();
      if (!official) throw new Error("official insert returned nothing");
      const rows = await db
        .select({ id: assignments.id })
        .from(assignments)
        .where(and(eq(assignments.campaignId, v.campaignId), eq(assignments.agencyId, v.agencyId)));
      if (rows.length) {
        await db
          .insert(assignmentOfficials)
          .values(rows.map((r) => ({ assignmentId: r.id, officialId: official.id })))
          .onConflictDoNothing();
      }
    },

    async testOfficials() {
      return db
        .select({
          telegramId: officials.telegramId,
          fullName: officials.fullName,
          locale: officials.locale,
        })
        .from(officials)
        .where(inTestRange());
    },
  };
}
