/** The first dashboard says what to do first: import agencies and services, then a campaign. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedAgency, seedService } from "../../helpers/seed.js";

let h: AdminHarness;
let sec: As;
beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Секретарь");
}, 120_000);
afterAll(async () => {
  await h.close();
});

describe("the first dashboard", () => {
  it("asks for the registries first, then for a campaign", async () => {
    const empty = await (await h.get("/", sec)).text();
    expect(empty).toContain("Сначала импортируйте государственные органы, затем услуги");
    expect(empty).toContain('<a href="/agencies/import" class="button">');
    expect(empty).toContain('<a href="/services/import" class="button">');
    const kk = await (await h.get("/", sec, { cookie: `${sec.cookie}; lang=kk` })).text();
    expect(kk).toContain("Алдымен мемлекеттік органдарды");

    const agency = await seedAgency(h.db.db);
    await seedService(h.db.db, agency.id, "Регистрация");
    const ready = await (await h.get("/", sec)).text();
    expect(ready).not.toContain("Сначала импортируйте");
    expect(ready).toContain('<a href="/campaigns/new" class="button">');
  });
});
