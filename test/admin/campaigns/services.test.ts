/**
 * A campaign's services through the panel: several picked in the multi-select (repeated
 * fields), one picked, codes typed, a CSV file; unknown codes and an empty pick refused with
 * the form again; removing a service not yet answered.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, campaigns } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedAgency, seedService } from "../../helpers/seed.js";

let h: AdminHarness;
let sec: As;
let svc: { id: number; registryCode: string }[] = [];

beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Секретарь");
  const ag = await seedAgency(h.db.db);
  svc = [];
  for (let i = 0; i < 5; i++) svc.push(await seedService(h.db.db, ag.id, `Услуга ${i + 1}`));
}, 60_000);
afterAll(async () => {
  await h.close();
});

const assigned = async (campaignId: number) =>
  (await h.db.db.select().from(assignments).where(eq(assignments.campaignId, campaignId))).map(
    (a) => a.serviceId,
  );

describe("a campaign's services", () => {
  it("takes several services from the multi-select, then one more, codes and a file", async () => {
    const res = await h.post(
      "/campaigns",
      {
        year: "2026",
        title: "Рассмотрение",
        listSentOn: "2026-03-30",
        serviceId: [String(svc[0]!.id), String(svc[1]!.id)],
      },
      sec,
    );
    expect(res.status).toBe(303);
    const [c] = await h.db.db.select().from(campaigns);
    const id = c!.id;
    expect((await assigned(id)).sort()).toEqual([svc[0]!.id, svc[1]!.id].sort());

    const one = await h.post(`/campaigns/${id}/services`, { serviceId: String(svc[2]!.id) }, sec);
    expect(one.status).toBe(303);
    const typed = await h.post(`/campaigns/${id}/services`, { codes: svc[3]!.registryCode }, sec);
    expect(typed.status).toBe(303);
    const form = new FormData();
    form.set("_csrf", sec.csrf);
    form.set("file", new File([`registry_code\n${svc[4]!.registryCode}\n`], "codes.csv"));
    expect((await h.postMultipart(`/campaigns/${id}/services`, form, sec)).status).toBe(303);
    expect((await assigned(id)).sort()).toEqual(svc.map((s) => s.id).sort());

    const unknown = await h.post(`/campaigns/${id}/services`, { codes: "NOPE" }, sec);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('role="alert"');
    expect((await h.post(`/campaigns/${id}/services`, {}, sec)).status).toBe(400);

    const removed = await h.post(`/campaigns/${id}/services/${svc[4]!.id}/remove`, {}, sec);
    expect(removed.status).toBe(303);
    expect(await assigned(id)).not.toContain(svc[4]!.id);
    expect((await h.post(`/campaigns/${id}/services/x/remove`, {}, sec)).status).toBe(404);
  });
});
