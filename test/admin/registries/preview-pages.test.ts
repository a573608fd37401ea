/**
 * Issue 10, item 17: a large import is previewed errors first, with an "errors only" view and
 * pages of 200 rows (never the whole file in one page), and a file at the limit is accepted.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { draftOf, fileOf } from "./files.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
});
afterAll(async () => {
  await h.close();
});

/** `n` agency rows; the lines in `bad` have no Russian name */
function csv(n: number, bad: number[] = []): string {
  const lines = ["code;name_kk;name_ru"];
  for (let i = 2; i <= n + 1; i++) {
    lines.push(`G${i};Атауы ${i};${bad.includes(i) ? "" : `Название ${i}`}`);
  }
  return lines.join("\n");
}

async function upload(text: string) {
  const f = new FormData();
  f.set("file", fileOf(text, "agencies.csv"));
  const res = await h.postMultipart("/agencies/import", f, as);
  return { status: res.status, html: await res.text() };
}

const lines = (html: string) => [...html.matchAll(/data-status="(\w+)"><td>(\d+)<\/td>/g)];

describe("a large import's preview", () => {
  it("lists errors first, pages the rest and offers an errors-only view", async () => {
    const { status, html } = await upload(csv(1_000, [500, 900, 1001]));
    expect(status).toBe(200);
    const shown = lines(html);
    expect(shown).toHaveLength(200);
    expect(shown.slice(0, 3).map((m) => [m[1], m[2]])).toEqual([
      ["error", "500"],
      ["error", "900"],
      ["error", "1001"],
    ]);
    expect(html).toContain("1 / 5");
    expect(html).toContain('href="/agencies/import/preview?view=error"');
    expect(html).toContain("Только ошибки (3)");

    const errorsOnly = await (await h.get("/agencies/import/preview?view=error", as)).text();
    expect(lines(errorsOnly).map((m) => m[2])).toEqual(["500", "900", "1001"]);
    expect(errorsOnly).not.toContain('class="pager"');

    const page2 = await (await h.get("/agencies/import/preview?view=all&page=2", as)).text();
    const p2 = lines(page2);
    expect(p2).toHaveLength(200);
    expect(p2[0]?.[2]).toBe("199");
    expect(page2).toContain("2 / 5");
    // the confirm form carries a token, not the rows
    expect(page2.length).toBeLessThan(150_000);
  });

  it("accepts a file at the limit (20,000 rows) with a page-sized preview", {
    timeout: 120_000,
  }, async () => {
    const { status, html } = await upload(csv(20_000));
    expect(status).toBe(200);
    expect(html.replace(/[\u00a0\u202f]/g, " ")).toContain("Строк: 20 000, без ошибок: 20 000");
    expect(html.length).toBeLessThan(150_000);
    const res = await h.post("/agencies/import/confirm", { draft: draftOf(html) }, as);
    expect(res.status).toBe(303);
    expect(await h.db.db.select({ id: agencies.id }).from(agencies)).toHaveLength(20_000);
    const [g] = await h.db.db.select().from(agencies).where(eq(agencies.code, "G20001"));
    expect(g?.nameRu).toBe("Название 20001");
  });
});
