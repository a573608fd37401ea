/**
 * Issue 10, item 18 (and issue 14's size target): a campaign of 2,100 services — its page and
 * the responses list are paged in SQL, searched and filtered; the picker finds services to add
 * by search instead of listing the whole registry.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responses } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { flat, seedMany } from "../../helpers/bulk.js";
import { seedAgency, seedService } from "../../helpers/seed.js";

let h: AdminHarness;
let as: As;
let campaignId = 0;
let outsideCode = "";

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const w = await seedMany(h.db.db, { services: 2100, agencies: 30, campaign: true });
  campaignId = w.campaign!.id;
  // every 7th service submitted: 300 of 2,100
  await h.db.db.insert(responses).values(
    w.assignmentIds
      .filter((_, i) => i % 7 === 0)
      .map((assignmentId) => ({
        assignmentId,
        status: "submitted" as const,
        submittedAt: h.clock.now,
      })),
  );
  const outside = await seedService(h.db.db, (await seedAgency(h.db.db)).id, "Вне кампании");
  outsideCode = outside.registryCode;
});
afterAll(async () => {
  await h.close();
});

const page = async (path: string) => {
  const res = await h.get(path, as);
  expect(res.status).toBe(200);
  return res.text();
};

describe("campaign page at 2,100 services", () => {
  it("shows all of them across pages, in under 150 KB a page", async () => {
    const html = await page(`/campaigns/${campaignId}`);
    expect(new TextEncoder().encode(html).byteLength).toBeLessThan(150 * 1024);
    expect(flat(html)).toContain("Найдено:2100");
    expect(html).not.toContain("уточните фильтр");
    expect(html).toContain("S00050");
    expect(html).not.toContain(">S00051<");
    const last = await page(`/campaigns/${campaignId}?page=42`);
    expect(last).toContain(">S02100<");
  });

  it("searches and filters the campaign's services by agency", async () => {
    const found = await page(`/campaigns/${campaignId}?q=S0209`);
    expect(flat(found)).toContain("Найдено:10");
    expect(found).toContain(">S02099<");
    const byAgency = await page(`/campaigns/${campaignId}?q=${encodeURIComponent("Орган 30")}`);
    expect(flat(byAgency)).toContain("Найдено:70");
  });

  it("the picker searches the registry for services not yet in the campaign", async () => {
    const first = await page(`/campaigns/${campaignId}`);
    expect(first).toContain('name="add_q"');
    // services already in the campaign are not offered again
    expect(first).not.toMatch(/name="serviceId" value="[0-9]+"[^>]*\/?>\s*S00001/);
    const found = await page(`/campaigns/${campaignId}?add_q=${encodeURIComponent("Вне")}`);
    expect(found).toContain(outsideCode);
    const res = await h.post(`/campaigns/${campaignId}/services`, { codes: outsideCode }, as);
    expect(res.status).toBe(303);
    expect(flat(await page(`/campaigns/${campaignId}`))).toContain("Найдено:2101");
  });
});

describe("responses list at 2,100 services", () => {
  it("filters by state in SQL and pages the result", async () => {
    const html = await page(`/responses?campaign=${campaignId}&state=submitted`);
    expect(flat(html)).toContain("Найдено:300");
    expect(html).toContain(`state=submitted&amp;page=6`);
    const last = await page(`/responses?campaign=${campaignId}&state=submitted&page=6`);
    // the 300th submitted one is the service at index 2093 (every 7th)
    expect(last).toContain(">S02094<");
    const notStarted = await page(`/responses?campaign=${campaignId}&state=not-started`);
    expect(flat(notStarted)).toContain("Найдено:1801");
  });

  it("sorts across pages: the last page of the code order is the first of the reverse", async () => {
    const desc = await page(`/responses?campaign=${campaignId}&sort=code&dir=desc`);
    expect(desc.indexOf(">S02101<") === -1).toBe(true);
    expect(desc).toContain(">S02100<");
    expect(desc.indexOf(">S02100<")).toBeLessThan(desc.indexOf(">S02099<"));
    const searched = await page(`/responses?campaign=${campaignId}&q=S0005`);
    expect(flat(searched)).toContain("Найдено:10");
  });
});
