/** Dropdowns list agencies and admins by the name shown, in the UI language's collation. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";

let h: AdminHarness;
let sec: As;
beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Ярослава Секретарь");
  await h.login("member", "Әсем Член");
  await h.login("member", "Арман Член");
  // codes in the opposite order of the names
  await h.db.db.insert(agencies).values([
    { code: "A-1", nameRu: "Министерство юстиции", nameKk: "Әділет министрлігі" },
    { code: "A-2", nameRu: "Бюро статистики", nameKk: "Статистика бюросы" },
    { code: "A-3", nameRu: "Агентство по делам", nameKk: "Істер агенттігі" },
  ]);
}, 120_000);
afterAll(async () => {
  await h.close();
});

const optionsOf = (html: string, name: string) => {
  const start = html.indexOf(`<select name="${name}"`);
  const select = html.slice(start, html.indexOf("</select>", start));
  return [...select.matchAll(/<option value="[^"]+"[^>]*>([^<]+)<\/option>/g)].map((m) => m[1]);
};

describe("dropdowns", () => {
  it("sort agencies and admins by the displayed name", async () => {
    const officials = await (await h.get("/officials", sec)).text();
    expect(optionsOf(officials, "agency")).toEqual([
      "Агентство по делам",
      "Бюро статистики",
      "Министерство юстиции",
    ]);
    const kk = await (await h.get("/officials", sec, { cookie: `${sec.cookie}; lang=kk` })).text();
    expect(optionsOf(kk, "agency")).toEqual([
      "Әділет министрлігі",
      "Статистика бюросы",
      "Істер агенттігі", // І comes after Ы in the Kazakh alphabet
    ]);
    const invites = await (await h.get("/invites", sec)).text();
    expect(optionsOf(invites, "agencyId")).toEqual([
      "Агентство по делам (A-3)",
      "Бюро статистики (A-2)",
      "Министерство юстиции (A-1)",
    ]);
    expect(optionsOf(invites, "adminId")).toEqual([
      "Арман Член",
      "Әсем Член",
      "Ярослава Секретарь",
    ]);
    const reports = await (await h.get("/reports", sec)).text();
    expect(optionsOf(reports, "agency")).toEqual([
      "Агентство по делам",
      "Бюро статистики",
      "Министерство юстиции",
    ]);
  });
});
