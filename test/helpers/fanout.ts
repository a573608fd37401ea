/**
 * Many officials at once (reminder fan-out tests and the bench): one agency, one campaign
 * with `dueOn`, one service per official, officials with Telegram ids `firstTelegramId + i`.
 * Set-based inserts so 10,000 rows take a moment.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { agencies, campaigns } from "../../src/db/schema.js";
import { DEFAULT_REMINDER_POLICY } from "../../src/domain/reminders.js";

export interface Crowd {
  agencyId: number;
  campaignId: number;
  telegramIds: number[];
}

export async function seedCrowd(
  db: Db,
  o: {
    n: number;
    firstTelegramId: number;
    dueOn: string;
    listSentOn?: string;
    locale?: "kk" | "ru";
  },
): Promise<Crowd> {
  const tag = `${o.firstTelegramId}`;
  const [agency] = await db
    .insert(agencies)
    .values({ code: `CROWD-${tag}`, nameKk: `Орган ${tag}`, nameRu: `Орган ${tag}` })
    .returning();
  const [campaign] = await db
    .insert(campaigns)
    .values({
      year: Number(o.dueOn.slice(0, 4)),
      title: `Кампания ${tag}`,
      listSentOn: o.listSentOn ?? null,
      dueOn: o.dueOn,
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      status: "sent",
    })
    .returning();
  if (!agency || !campaign) throw new Error("seed failed");
  const locale = o.locale ?? "ru";
  await db.execute(sql`
    insert into services (registry_code, name_kk, name_ru, agency_id)
    select ${`C${tag}-`} || g, 'Қызмет ' || g, 'Услуга ' || g, ${agency.id}
    from generate_series(1, ${o.n}) g`);
  await db.execute(sql`
    insert into officials (telegram_id, agency_id, locale)
    select ${o.firstTelegramId} + g - 1, ${agency.id}, ${locale}
    from generate_series(1, ${o.n}) g`);
  await db.execute(sql`
    insert into assignments (campaign_id, service_id, agency_id)
    select ${campaign.id}, s.id, s.agency_id from services s where s.agency_id = ${agency.id}`);
  // official i answers for service i
  await db.execute(sql`
    with a as (select a.id, row_number() over (order by a.service_id) rn
               from assignments a where a.campaign_id = ${campaign.id}),
         o as (select o.id, row_number() over (order by o.telegram_id) rn
               from officials o where o.agency_id = ${agency.id})
    insert into assignment_officials (assignment_id, official_id)
    select a.id, o.id from a join o on o.rn = a.rn`);
  return {
    agencyId: agency.id,
    campaignId: campaign.id,
    telegramIds: Array.from({ length: o.n }, (_, i) => o.firstTelegramId + i),
  };
}
