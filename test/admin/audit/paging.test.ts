/** Issue 10, item 18: the audit log says how many entries match and links to every page. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { flat } from "../../helpers/bulk.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  await h.db.db.insert(auditLog).values(
    Array.from({ length: 2100 }, (_, i) => ({
      actor: "system",
      action: i % 3 ? "update" : "create",
      entity: "service",
      entityId: String(i + 1),
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    })),
  );
});
afterAll(async () => {
  await h.close();
});

describe("audit log at 2,100 entries", () => {
  it("counts the matches and pages to the oldest", async () => {
    const html = await (await h.get("/audit?entity=service", as)).text();
    expect(flat(html)).toContain("Найдено:2100");
    expect(html).toContain('href="/audit?entity=service&amp;page=21"');
    const last = await (await h.get("/audit?entity=service&page=21", as)).text();
    expect(last).toContain("государственная услуга #1<");
    const created = await (await h.get("/audit?entity=service&action=create", as)).text();
    expect(flat(created)).toContain("Найдено:700");
  });
});
