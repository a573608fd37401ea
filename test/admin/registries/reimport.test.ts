/**
 * Issue 10, item 13: a re-import never overwrites silently: the preview marks each row new,
 * changed (old → new) or unchanged, only new and changed rows are written, the result page
 * counts them, and a registry changed after the preview is shown again instead of overwritten.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, auditLog, services } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { draftOf, fileOf } from "./files.js";

let h: AdminHarness;
let as: As;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
  await h.db.db.insert(agencies).values([
    { code: "A1", nameKk: "Бірінші", nameRu: "Первое" },
    { code: "A2", nameKk: "Екінші", nameRu: "Второе" },
    { code: "A3", nameKk: "Үшінші", nameRu: "Третье" },
  ]);
});
afterAll(async () => {
  await h.close();
});

async function upload(path: string, csv: string) {
  const f = new FormData();
  f.set("file", fileOf(csv, "r.csv"));
  const res = await h.postMultipart(path, f, as);
  return res.text();
}

describe("re-import", () => {
  it("marks new, changed (old → new) and unchanged rows and writes only what changes", async () => {
    const html = await upload(
      "/agencies/import",
      "code,name_kk,name_ru\nA1,Бірінші,Первое\nA2,Екінші,Второе министерство\nA4,Төртінші,Четвёртое\n",
    );
    expect(html).toContain("Новых: 1, изменятся: 1, без изменений: 1.");
    expect(html).toMatch(
      /data-status="changed">.*<del>Второе<\/del> → <ins>Второе министерство<\/ins>/s,
    );
    expect(html).toMatch(/data-status="new"><td>4<\/td><td>новая запись<\/td>/);
    expect(html).toMatch(/data-status="unchanged"><td>2<\/td><td>без изменений<\/td>/);
    expect(html).toContain("Записать новые и изменённые строки (2)");

    const res = await h.post("/agencies/import/confirm", { draft: draftOf(html) }, as);
    expect(res.status).toBe(303);
    const done = res.headers.get("location") ?? "";
    expect(done).toMatch(/^\/agencies\?ok=admin-imported&/);
    const result = await (await h.get(done, as)).text();
    expect(result).toContain("Импорт выполнен.");
    expect(result).toContain("Новых: 1, изменено: 1, без изменений: 1.");
    expect(result).toContain("Второе министерство");

    const [a2] = await h.db.db.select().from(agencies).where(eq(agencies.code, "A2"));
    expect(a2?.nameRu).toBe("Второе министерство");
    expect(await h.db.db.select().from(agencies).where(eq(agencies.code, "A4"))).toHaveLength(1);
    const logs = await h.db.db.select().from(auditLog).where(eq(auditLog.action, "import"));
    expect(logs.at(-1)?.after).toMatchObject({
      created: 1,
      updated: 1,
      unchanged: 1,
      codes: ["A2", "A4"],
    });
  });

  it("shows a changed agency of a service as old → new", async () => {
    const [a1] = await h.db.db.select().from(agencies).where(eq(agencies.code, "A1"));
    await h.db.db
      .insert(services)
      .values({ registryCode: "S1", nameKk: "Қызмет", nameRu: "Услуга", agencyId: a1!.id });
    const html = await upload(
      "/services/import",
      "registry_code,name_kk,name_ru,agency_code\nS1,Қызмет,Услуга,A3\n",
    );
    expect(html).toContain("<del>A1</del> → <ins>A3</ins>");
    expect(html).toContain("Новых: 0, изменятся: 1, без изменений: 0.");
  });

  it("writes nothing when every row is unchanged", async () => {
    const html = await upload("/agencies/import", "code,name_kk,name_ru\nA1,Бірінші,Первое\n");
    expect(html).toContain("Все строки без ошибок совпадают с реестром: записывать нечего.");
    expect(html).not.toContain('name="draft"');
  });

  it("does not overwrite a registry changed after the preview: shows the rows again", async () => {
    const html = await upload(
      "/agencies/import",
      "code,name_kk,name_ru\nA3,Үшінші,Третье ведомство\n",
    );
    expect(html).toContain("<del>Третье</del> → <ins>Третье ведомство</ins>");
    // a colleague edits A3 meanwhile
    await h.db.db
      .update(agencies)
      .set({ nameRu: "Третье агентство" })
      .where(eq(agencies.code, "A3"));
    const res = await h.post("/agencies/import/confirm", { draft: draftOf(html) }, as);
    expect(res.status).toBe(409);
    const again = await res.text();
    expect(again).toContain("После проверки реестр изменился.");
    expect(again).toContain("<del>Третье агентство</del> → <ins>Третье ведомство</ins>");
    const [a3] = await h.db.db.select().from(agencies).where(eq(agencies.code, "A3"));
    expect(a3?.nameRu).toBe("Третье агентство");
    // the fresh preview can be confirmed
    expect((await h.post("/agencies/import/confirm", { draft: draftOf(again) }, as)).status).toBe(
      303,
    );
  });

  it("answers a stale or repeated confirmation with a page, not a bare 400", async () => {
    const res = await h.post("/agencies/import/confirm", { draft: "gone" }, as);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain("Эта проверка уже неактуальна");
    expect(html).toContain('href="/agencies/import"');
  });
});
