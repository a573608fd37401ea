/**
 * A campaign's status through the panel: a draft made by mistake is cancelled with a reason
 * (audited, kept on the campaigns page, gone from the dashboard's picker and never sent); a
 * sent campaign is closed (no more reminders, not sent again); each refused change is a 409.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, campaigns } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedAgency, seedService } from "../../helpers/seed.js";

let h: AdminHarness;
let sec: As;
let svc: { id: number; registryCode: string };

beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Секретарь");
  const ag = await seedAgency(h.db.db);
  svc = await seedService(h.db.db, ag.id, "Услуга 1");
}, 60_000);
afterAll(async () => {
  await h.close();
});

async function newCampaign(title: string): Promise<number> {
  const res = await h.post(
    "/campaigns",
    { year: "2026", title, listSentOn: "2026-03-30", serviceId: String(svc.id) },
    sec,
  );
  expect(res.status).toBe(303);
  return Number(/\/campaigns\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
}
const statusOf = async (id: number) =>
  (await h.db.db.select().from(campaigns).where(eq(campaigns.id, id)))[0]?.status;

describe("campaign status (item 23)", () => {
  it("cancels a draft made by mistake with a reason; it stays listed, leaves the picker, is not sent", async () => {
    await newCampaign("Основная кампания");
    const id = await newCampaign("Создана по ошибке");
    // before: two campaigns in the dashboard's picker
    expect(await (await h.get("/", sec)).text()).toContain("Создана по ошибке");
    const page = await (await h.get(`/campaigns/${id}`, sec)).text();
    expect(page).toContain("Отменить кампанию?");
    expect(page).toContain("Убрать услугу из кампании?");
    expect((await h.post(`/campaigns/${id}/cancel`, { reason: "" }, sec)).status).toBe(400);
    expect((await h.post(`/campaigns/${id}/cancel`, { reason: "Дубликат" }, sec)).status).toBe(303);
    expect(await statusOf(id)).toBe("cancelled");
    const [log] = await h.db.db.select().from(auditLog).where(eq(auditLog.action, "cancel"));
    expect(log?.after).toEqual({ status: "cancelled", reason: "Дубликат" });
    expect(await (await h.get("/campaigns", sec)).text()).toContain("отменена");
    expect(await (await h.get("/", sec)).text()).not.toContain("Создана по ошибке");
    const send = await h.post(`/campaigns/${id}/send`, {}, sec);
    expect(send.status).toBe(409);
    expect(await statusOf(id)).toBe("cancelled");
  });

  it("closes a sent campaign (not a draft); a closed one is neither sent nor cancelled", async () => {
    const id = await newCampaign("Рассмотрение 2026");
    expect((await h.post(`/campaigns/${id}/close`, {}, sec)).status).toBe(409);
    expect((await h.post(`/campaigns/${id}/send`, {}, sec)).status).toBe(200);
    expect(await statusOf(id)).toBe("sent");
    expect((await h.post(`/campaigns/${id}/cancel`, { reason: "x" }, sec)).status).toBe(409);
    const page = await (await h.get(`/campaigns/${id}`, sec)).text();
    expect(page).toContain("Закрыть кампанию? Напоминания сотрудникам прекратятся.");
    expect((await h.post(`/campaigns/${id}/close`, {}, sec)).status).toBe(303);
    expect(await statusOf(id)).toBe("closed");
    // reminders are about sent campaigns only
    const active = await h.app.deps.repos.reminders.activeCampaigns();
    expect(active.map((c) => c.id)).not.toContain(id);
    expect((await h.post(`/campaigns/${id}/send`, {}, sec)).status).toBe(409);
    expect(await (await h.get(`/campaigns/${id}`, sec)).text()).toContain("Кампания закрыта");
  });
});
