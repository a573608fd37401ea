/** Service codes that are not in the registry are named, on the new-campaign form and when adding. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedAgency, seedCampaign, seedService } from "../../helpers/seed.js";

let h: AdminHarness;
let sec: As;
beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Секретарь");
}, 120_000);
afterAll(async () => {
  await h.close();
});

describe("unknown service codes in a campaign", () => {
  it("are named in the error, not just counted", async () => {
    const agency = await seedAgency(h.db.db);
    const known = await seedService(h.db.db, agency.id, "Регистрация");
    const res = await h.post(
      "/campaigns",
      { year: "2026", title: "Кампания", codes: `${known.registryCode}\nZZZ-404, 999.1` },
      sec,
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Нет в реестре услуг (2): ZZZ-404, 999.1.");
    expect(html).not.toContain(`(2): ${known.registryCode}`);

    const campaign = await seedCampaign(h.db.db);
    const add = await h.post(`/campaigns/${campaign.id}/services`, { codes: "NOPE-1" }, sec);
    expect(add.status).toBe(400);
    expect(await add.text()).toContain("Нет в реестре услуг (1): NOPE-1.");
  });
});
