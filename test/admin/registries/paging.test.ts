/**
 * Issue 10, item 18: the services and agencies lists at 2,000+ rows: paged in SQL (every row
 * reachable, none cut off with "refine the filter"), searched and filtered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { flat, seedMany } from "../../helpers/bulk.js";

let h: AdminHarness;
let as: As;
let world: Awaited<ReturnType<typeof seedMany>>;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  world = await seedMany(h.db.db, { services: 2100, agencies: 60 });
});
afterAll(async () => {
  await h.close();
});

const page = async (path: string) => {
  const res = await h.get(path, as);
  expect(res.status).toBe(200);
  return res.text();
};

describe("services list at 2,100 rows", () => {
  it("shows the count and the first page, with links to every page", async () => {
    const html = await page("/services");
    expect(flat(html)).toContain("Найдено:2100");
    expect(html).toContain("S00050");
    expect(html).not.toContain("S00051");
    expect(html).not.toContain("уточните фильтр");
    expect(html).toContain('href="/services?page=2"');
    expect(html).toContain('href="/services?page=42"');
  });

  it("reaches the last rows through the pager", async () => {
    const html = await page("/services?page=42");
    expect(html).toContain("S02100");
    expect(html).toContain("S02051");
    expect(html).not.toContain("S02050");
    expect(flat(html)).toContain("42/42");
  });

  it("searches by code or name and filters by agency, keeping the filter while paging", async () => {
    const byCode = await page("/services?q=S0201");
    expect(flat(byCode)).toContain("Найдено:10");
    expect(byCode).toContain("S02019");
    const byName = await page(`/services?q=${encodeURIComponent("Услуга 2077")}`);
    expect(flat(byName)).toContain("Найдено:1");
    expect(byName).toContain("S02077");
    const agency = world.agencies[0]!;
    const one = await page(`/services?agency=${agency.id}`);
    expect(flat(one)).toContain("Найдено:35");
    expect(one).toContain("S00001");
    expect(one).toContain("S00061");
    expect(one).not.toContain("S00002<");
    const kept = await page("/services?q=S01&archived=1");
    expect(flat(kept)).toContain("Найдено:1000");
    expect(kept).toContain('href="/services?q=S01&amp;archived=1&amp;page=2"');
  });
});

describe("agencies list", () => {
  it("pages and searches the agencies", async () => {
    const first = await page("/agencies");
    expect(flat(first)).toContain("Найдено:60");
    expect(first).toContain("A050");
    expect(first).not.toContain("A051");
    const second = await page("/agencies?page=2");
    expect(second).toContain("A060");
    const found = await page(`/agencies?q=${encodeURIComponent("Орган 42")}`);
    expect(flat(found)).toContain("Найдено:1");
    expect(found).toContain("A042");
  });
});
