/**
 * Issue 10, item 20: the playground's agency, services, campaign and test officials are marked
 * as test data and shown nowhere outside the playground: not on the dashboard, in pickers,
 * filters, lists, the Commission's candidates or the annual report.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../../src/db/client.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { seedWorld } from "../../helpers/seed.js";

let h: AdminHarness;
let as: As;
let realCampaign = 0;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const w = await seedWorld(h.db.db, { telegramId: 5151, services: ["Настоящая услуга"] });
  realCampaign = w.campaign.id;
  const created = await h.post("/playground", { name: "Тестовый Сотрудник", locale: "ru" }, as);
  expect(created.status).toBeLessThan(400);
});
afterAll(async () => {
  await h.close();
});

const page = async (path: string) => {
  const res = await h.get(path, as);
  expect(res.status).toBe(200);
  return res.text();
};

describe("playground data outside the playground", () => {
  it("exists and is marked as test data", async () => {
    const rows = rowsOf<{ code: string; is_test: boolean }>(
      await h.db.db.execute(sql`select code, is_test from agencies order by id`),
    );
    expect(rows.find((r) => r.code === "PLAYGROUND")?.is_test).toBe(true);
    expect(rows.filter((r) => r.code !== "PLAYGROUND").every((r) => !r.is_test)).toBe(true);
    const camps = rowsOf<{ title: string; is_test: boolean }>(
      await h.db.db.execute(sql`select title, is_test from campaigns`),
    );
    expect(camps.find((c) => c.title === "Playground")?.is_test).toBe(true);
  });

  it("is left out of the dashboard, the campaigns and their pickers", async () => {
    for (const path of [
      "/",
      "/campaigns",
      "/responses",
      `/campaigns/${realCampaign}`,
      "/invites",
    ]) {
      const html = await page(path);
      expect(html, path).not.toContain("Playground");
      expect(html, path).not.toContain("Тестовый государственный орган");
      expect(html, path).not.toContain("PLAYGROUND");
    }
  });

  it("is left out of the registries, the officials and their filters", async () => {
    for (const path of ["/services", "/agencies", "/officials", "/services?q=PLAYGROUND"]) {
      const html = await page(path);
      expect(html, path).not.toContain(">PLAYGROUND<");
      expect(html, path).not.toContain("PLAYGROUND-1");
      expect(html, path).not.toContain("Тестовая услуга");
      expect(html, path).not.toContain("Тестовый Сотрудник");
      expect(html, path).not.toContain("Тестовый государственный орган");
    }
    const picker = await page(`/campaigns/${realCampaign}?add_q=PLAYGROUND`);
    expect(picker).not.toContain("PLAYGROUND-1");
  });

  it("cannot be added to a real campaign by its code", async () => {
    const res = await h.post(`/campaigns/${realCampaign}/services`, { codes: "PLAYGROUND-1" }, as);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("PLAYGROUND-1");
  });
});
