/** Issue 10, item 18: the officials list is searched by name or position, filtered and paged; invitations are paged. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invites, officials } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { flat } from "../../helpers/bulk.js";
import { seedAgency } from "../../helpers/seed.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  const a = await seedAgency(h.db.db, "Орган А");
  const b = await seedAgency(h.db.db, "Орган Б");
  await h.db.db.insert(officials).values(
    Array.from({ length: 130 }, (_, i) => ({
      telegramId: 7000 + i,
      agencyId: i % 2 ? b.id : a.id,
      fullName: `Сотрудник ${String(i + 1).padStart(3, "0")}`,
      position: i === 77 ? "Главный эксперт" : "эксперт",
      reachable: i % 10 !== 0,
    })),
  );
  await h.db.db.insert(invites).values(
    Array.from({ length: 320 }, (_, i) => ({
      codeHash: `paging-${i}`,
      agencyId: a.id,
      fullName: `Приглашённый ${String(i + 1).padStart(3, "0")}`,
      expiresAt: new Date("2030-01-01T00:00:00Z"),
    })),
  );
});
afterAll(async () => {
  await h.close();
});

const page = async (path: string) => {
  const res = await h.get(path, as);
  expect(res.status).toBe(200);
  return res.text();
};

describe("officials list", () => {
  it("pages 130 officials and reaches the last one", async () => {
    const first = await page("/officials");
    expect(flat(first)).toContain("Найдено:130");
    expect(first).toContain('href="/officials?page=3"');
    const all = [first, await page("/officials?page=2"), await page("/officials?page=3")].join();
    for (const n of ["001", "065", "130"]) expect(all).toContain(`Сотрудник ${n}`);
  });

  it("searches by name and position, with the reachability filter", async () => {
    const byName = await page(`/officials?q=${encodeURIComponent("сотрудник 12")}`);
    expect(flat(byName)).toContain("Найдено:10");
    const byPosition = await page(`/officials?q=${encodeURIComponent("главный")}`);
    expect(flat(byPosition)).toContain("Найдено:1");
    expect(byPosition).toContain("Сотрудник 078");
    const unreachable = await page("/officials?reachable=no");
    expect(flat(unreachable)).toContain("Найдено:13");
  });
});

describe("invitations list", () => {
  it("pages 320 invitations (no cap at 300): the oldest is on the last page", async () => {
    const first = await page("/invites");
    expect(flat(first)).toContain("Найдено:320");
    expect(first).toContain("Приглашённый 320");
    expect(first).not.toContain("Приглашённый 001");
    expect(first).toContain('href="/invites?page=7"');
    const last = await page("/invites?page=7");
    expect(last).toContain("Приглашённый 001");
    expect(last).not.toContain("Приглашённый 320");
  });
});
