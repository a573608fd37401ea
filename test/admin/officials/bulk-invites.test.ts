/**
 * Invitations for every agency of a campaign at once: one response holds the printable sheet
 * (code, deep link, QR per agency), the CSV of the codes and the warning that they are shown
 * once; the codes work in the bot and are never shown again.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRepositories } from "../../../src/db/repositories/index.js";
import { assignments, campaigns, invites } from "../../../src/db/schema.js";
import { redeemInvite } from "../../../src/services/invites.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedAgency, seedCampaign, seedService } from "../../helpers/seed.js";

let h: AdminHarness;
let sec: As;
beforeAll(async () => {
  h = await adminHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.db.truncate();
  sec = await h.login("secretary", "Секретарь");
});

async function world() {
  const campaign = await seedCampaign(h.db.db);
  const justice = await seedAgency(h.db.db, "Министерство юстиции");
  const finance = await seedAgency(h.db.db, "Министерство финансов");
  await seedAgency(h.db.db, "Министерство без услуг в кампании");
  const s1 = await seedService(h.db.db, justice.id, "Апостилирование");
  const s2 = await seedService(h.db.db, justice.id, "Регистрация");
  const s3 = await seedService(h.db.db, finance.id, "Возврат налога");
  await h.db.db
    .insert(assignments)
    .values(
      [s1, s2, s3].map((s) => ({ campaignId: campaign.id, serviceId: s.id, agencyId: s.agencyId })),
    );
  return { campaign, justice, finance };
}

const codesIn = (html: string) =>
  [...html.matchAll(/<code>([A-Z2-9]{8,16})<\/code>/g)].map((m) => m[1]!);

describe("invitations for all agencies of a campaign", () => {
  it("shows once a printable sheet and a CSV with one working code per agency", async () => {
    const w = await world();
    const form = await (await h.get("/invites", sec)).text();
    expect(form).toContain('action="/invites/bulk"');

    const res = await h.post("/invites/bulk", { campaignId: String(w.campaign.id) }, sec);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Коды показаны только сейчас");
    expect(html).toContain("приглашений — 2");
    const codes = codesIn(html);
    expect(codes).toHaveLength(2);
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain(`${w.justice.code} — Министерство юстиции`);
    expect(html).not.toContain("Министерство без услуг");
    for (const code of codes) expect(html).toContain(`?start=${code}`);

    // the CSV travels in the page (nothing can rebuild it): codes and agencies, ";" for Excel
    const data = /href="data:text\/csv;charset=utf-8;base64,([^"]+)" download="([^"]+)"/.exec(html);
    expect(data?.[2]).toBe(`invites-campaign-${w.campaign.id}.csv`);
    const csv = Buffer.from(data![1]!, "base64").toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Код;Государственный орган;Код приглашения;Ссылка;Действует до");
    expect(lines).toHaveLength(3);
    for (const code of codes) expect(csv).toContain(`;${code};`);

    // each code links an official to their agency's services in the campaign
    const deps = {
      db: h.db.db,
      repos: createRepositories(h.db.db),
      pepper: "test-pepper-test-pepper",
      now: () => h.clock.now,
    };
    const justiceCode = lines.find((l) => l.startsWith(`${w.justice.code};`))!.split(";")[2]!;
    const redeemed = await redeemInvite(deps, { telegramId: 4401, code: justiceCode });
    expect(redeemed).toMatchObject({ ok: true, agencyId: w.justice.id, linked: 2 });

    // shown once: the list names the invitations, never their codes
    const list = await (await h.get("/invites", sec)).text();
    for (const code of codes) expect(list).not.toContain(code);
    expect(await h.db.db.select().from(invites)).toHaveLength(2);
  });

  it("says why when the campaign has no agencies or is closed, and is for secretaries only", async () => {
    const empty = await seedCampaign(h.db.db);
    const none = await h.post("/invites/bulk", { campaignId: String(empty.id) }, sec);
    expect(none.status).toBe(409);
    expect(await none.text()).toContain("В этой кампании нет государственных органов");

    const w = await world();
    await h.db.db
      .update(campaigns)
      .set({ status: "closed" })
      .where(eq(campaigns.id, w.campaign.id));
    const closed = await h.post("/invites/bulk", { campaignId: String(w.campaign.id) }, sec);
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain("Кампания закрыта или отменена");

    const member = await h.login("member", "Член");
    const refused = await h.post("/invites/bulk", { campaignId: String(w.campaign.id) }, member);
    expect(refused.status).toBe(403);
    expect(await h.db.db.select().from(invites)).toHaveLength(0);
  });
});
