/**
 * The panel over HTTP as one flow: the registries imported here feed the campaign, whose
 * responses feed the dashboard, the exports and the officials list; so one file, one database.
 */
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agencies,
  answers,
  assignments,
  campaigns,
  officials,
  responses,
  services,
} from "../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../helpers/admin.js";

let h: AdminHarness;
let as: As;
const XSS = `<script>alert("x")</script>`;

beforeAll(async () => {
  h = await adminHarness();
  as = await h.login("secretary");
});
afterAll(async () => {
  await h.close();
});

async function csvFile(text: string, name = "list.csv") {
  return new File([text], name, { type: "text/csv" });
}

describe("registries", () => {
  it("shows validation errors on the form and keeps the values", async () => {
    const res = await h.post(
      "/agencies",
      { code: "bad code!", nameKk: "", nameRu: "Министерство" },
      as,
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Министерство"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain("Заполните это поле.");
    expect(html).toContain("Код: буквы");
  });

  it("creates, edits and archives an agency and a service; names are escaped", async () => {
    expect(
      (await h.post("/agencies", { code: "MCD", nameKk: "ЦДИАӨМ", nameRu: `Минцифры ${XSS}` }, as))
        .status,
    ).toBe(303);
    const [ag] = await h.db.db.select().from(agencies).where(eq(agencies.code, "MCD"));
    expect((await h.post("/agencies", { code: "MCD", nameKk: "x", nameRu: "y" }, as)).status).toBe(
      400,
    );
    const list = await (await h.get("/agencies", as)).text();
    expect(list).not.toContain(XSS);
    expect(list).toContain("&lt;script&gt;");
    expect(
      (
        await h.post(
          `/agencies/${ag!.id}`,
          { code: "MCD", nameKk: "ЦДИАӨМ", nameRu: "Минцифры" },
          as,
        )
      ).status,
    ).toBe(303);
    expect(
      (
        await h.post(
          "/services",
          {
            registryCode: "00101001",
            nameKk: `Анықтама ${XSS}`,
            nameRu: `Справка ${XSS}`,
            agencyId: String(ag!.id),
          },
          as,
        )
      ).status,
    ).toBe(303);
    const svc = await (await h.get("/services?q=00101001", as)).text();
    expect(svc).not.toContain(XSS);
    expect((await h.post(`/agencies/${ag!.id}/archive`, {}, as)).status).toBe(303);
    expect(await (await h.get("/agencies", as)).text()).not.toContain("Минцифры");
    await h.post(`/agencies/${ag!.id}/archive`, {}, as);
  });

  it("imports agencies and services from CSV with a preview and per-row errors", async () => {
    const fa = new FormData();
    fa.set(
      "file",
      await csvFile(
        "code;name_kk;name_ru\nMZ;Денсаулық сақтау министрлігі;Минздрав\nMZ;dup;dup\n;нет кода;нет кода\n",
      ),
    );
    const prev = await h.postMultipart("/agencies/import", fa, as);
    expect(prev.status).toBe(200);
    const html = await prev.text();
    expect(html).toContain("Строк: 3, без ошибок: 1, с ошибками: 2");
    expect(html).toContain("код повторяется в файле");
    expect(await h.db.db.select().from(agencies).where(eq(agencies.code, "MZ"))).toHaveLength(0);
    const payload = /name="draft" value="([^"]*)"/
      .exec(html)?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    expect((await h.post("/agencies/import/confirm", { draft: payload! }, as)).status).toBe(303);
    expect(await h.db.db.select().from(agencies).where(eq(agencies.code, "MZ"))).toHaveLength(1);

    const fs = new FormData();
    fs.set(
      "file",
      await csvFile(
        'registry_code,name_kk,name_ru,agency_code\n00202002,"Тіркеу, есепке алу",Регистрация,MZ\n00202003,Х,Y,NOPE\n00202004,,Пусто,MZ\n',
      ),
    );
    const p2 = await (await h.postMultipart("/services/import", fs, as)).text();
    expect(p2).toContain("нет государственного органа с таким кодом");
    expect(p2).toContain("Строк: 3, без ошибок: 1, с ошибками: 2");
    const payload2 = /name="draft" value="([^"]*)"/
      .exec(p2)?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    expect((await h.post("/services/import/confirm", { draft: payload2! }, as)).status).toBe(303);
    const [s] = await h.db.db.select().from(services).where(eq(services.registryCode, "00202002"));
    expect(s?.nameKk).toBe("Тіркеу, есепке алу");
  });

  it("imports services from XLSX", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["registry_code", "name_kk", "name_ru", "agency_code"]);
    ws.addRow(["00303003", "Лицензия", "Лицензия", "MZ"]);
    const buf = await wb.xlsx.writeBuffer();
    const f = new FormData();
    f.set("file", new File([new Uint8Array(buf as ArrayBuffer)], "s.xlsx"));
    const html = await (await h.postMultipart("/services/import", f, as)).text();
    expect(html).toContain("Строк: 1, без ошибок: 1, с ошибками: 0");
  });

  it("rejects an upload without a file", async () => {
    const res = await h.postMultipart("/services/import", new FormData(), as);
    expect(res.status).toBe(400);
  });
});

describe("campaigns, dashboard, responses, exports", () => {
  let campaignId = 0;
  let responseId = 0;
  const OFFICIAL_TG = 777_000_001;

  it("creates a campaign from registry codes and rejects unknown ones", async () => {
    const bad = await h.post(
      "/campaigns",
      { year: "2026", title: "Рассмотрение 2026", codes: "00101001 NOPE" },
      as,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Есть коды услуг, которых нет в реестре.");
    const noYear = await h.post("/campaigns", { year: "abc", title: "" }, as);
    expect(noYear.status).toBe(400);
    const res = await h.post(
      "/campaigns",
      {
        year: "2026",
        title: "Рассмотрение 2026",
        listSentOn: "2026-03-30",
        codes: "00101001, 00202002",
      },
      as,
    );
    expect(res.status).toBe(303);
    const [c] = await h.db.db.select().from(campaigns);
    campaignId = c!.id;
    expect(c!.dueOn).toBe("2026-04-30");
    expect(
      await h.db.db.select().from(assignments).where(eq(assignments.campaignId, campaignId)),
    ).toHaveLength(2);
    const page = await h.get(`/campaigns/${campaignId}`, as);
    expect(page.status).toBe(200);
  });

  it("validates and saves the reminder policy and calendar overrides", async () => {
    const bad = await h.post(
      `/campaigns/${campaignId}/policy`,
      {
        beforeWorkingDays: "7, 99",
        overdueEveryWorkingDays: "2",
        returnedEveryWorkingDays: "2",
        sendAt: "10:00",
        quietFrom: "",
      },
      as,
    );
    expect(bad.status).toBe(400);
    const ok = await h.post(
      `/campaigns/${campaignId}/policy`,
      {
        beforeWorkingDays: "5, 2",
        onDueDate: "on",
        overdueEveryWorkingDays: "1",
        returnedEveryWorkingDays: "3",
        sendAt: "09:30",
        quietFrom: "",
      },
      as,
    );
    expect(ok.status).toBe(303);
    const [c] = await h.db.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect((c!.reminderPolicy as { beforeWorkingDays: number[] }).beforeWorkingDays).toEqual([
      5, 2,
    ]);
    expect((await h.post("/calendar", { date: "2026-13-01", kind: "off" }, as)).status).toBe(400);
    expect(
      (await h.post("/calendar", { date: "2026-05-08", kind: "off", note: "перенос" }, as)).status,
    ).toBe(303);
    expect(await (await h.get("/calendar", as)).text()).toContain("перенос");
  });

  it("sends the list: the agencies' linked officials are told in Telegram", async () => {
    const [svc] = await h.db.db
      .select()
      .from(services)
      .where(eq(services.registryCode, "00101001"));
    h.app.simulator!.addUser({ id: OFFICIAL_TG, first_name: "Official" });
    await h.db.db.insert(officials).values({
      telegramId: OFFICIAL_TG,
      agencyId: svc!.agencyId,
      fullName: "Асель",
      locale: "ru",
    });
    const res = await h.post(`/campaigns/${campaignId}/send`, {}, as);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("отправлено: 1");
    expect(h.app.simulator!.lastMessage(OFFICIAL_TG)?.text).toContain("30 апреля 2026");
    // a second click the same day sends nothing twice
    expect(await (await h.post(`/campaigns/${campaignId}/send`, {}, as)).text()).toContain(
      "отправлено: 0",
    );
  });

  it("shows the dashboard with counts and the chart; lists responses with filters", async () => {
    const [a1] = await h.db.db
      .select()
      .from(assignments)
      .where(eq(assignments.campaignId, campaignId));
    const [r] = await h.db.db
      .insert(responses)
      .values({
        assignmentId: a1!.id,
        status: "submitted",
        submittedAt: new Date("2026-04-03T06:00:00Z"),
      })
      .returning();
    responseId = r!.id;
    await h.db.db.insert(answers).values([
      {
        responseId,
        questionNo: 1,
        value: { type: "demand", years: [{ year: 2025, count: 1200 }] },
        justification: "статистика",
      },
      { responseId, questionNo: 2, value: { type: "choice", choice: "yes" }, justification: XSS },
      {
        responseId,
        questionNo: 5,
        value: { type: "list", items: [`<img src=x onerror=alert(1)>`] },
        justification: "ok",
      },
    ]);
    const dash = await h.get("/", as);
    expect(dash.status).toBe(200);
    const html = await dash.text();
    expect(html).toContain("<svg");
    expect(html).toMatch(/data-state="submitted">1</);
    expect(html).toMatch(/data-state="not-started">1</);
    const list = await (
      await h.get(`/responses?campaign=${campaignId}&state=submitted`, as)
    ).text();
    expect(list).toContain(`/responses/${responseId}`);
    expect(list).toContain("Найдено: 1");
    const sorted = await h.get(`/responses?sort=agency&dir=desc&page=1&state=bogus`, as);
    expect(sorted.status).toBe(200);
  });

  it("renders a response as the Appendix 2 table with answers escaped", async () => {
    const res = await h.get(`/responses/${responseId}`, as);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain(XSS);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const kk = await (await h.get(`/responses/${responseId}?doc=kk`, as)).text();
    expect(kk).toContain("Негіздеме");
    expect((await h.get(`/responses/999999`, as)).status).toBe(404);
  });

  it("returns for revision with a comment (required) and tells the official", async () => {
    const empty = await h.post(`/responses/${responseId}/return`, { comment: "" }, as);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Напишите комментарий");
    const member = await h.login("member");
    expect(
      (await h.post(`/responses/${responseId}/return`, { comment: "нет" }, member)).status,
    ).toBe(403);
    const [svc] = await h.db.db
      .select()
      .from(services)
      .where(eq(services.registryCode, "00101001"));
    void svc;
    const ok = await h.post(
      `/responses/${responseId}/return`,
      { comment: "Уточните срок (п. 4)" },
      as,
    );
    expect(ok.status).toBe(303);
    const [r] = await h.db.db.select().from(responses).where(eq(responses.id, responseId));
    expect(r?.status).toBe("returned");
    expect(h.app.simulator!.lastMessage(OFFICIAL_TG)?.text).toContain("Уточните срок (п. 4)");
    // accepting a returned one is refused (only submitted can be accepted)
    expect(
      (await h.post(`/responses/${responseId}/accept`, {}, as)).headers.get("location"),
    ).toContain("admin-status-unchanged");
    await h.db.db
      .update(responses)
      .set({ status: "submitted" })
      .where(eq(responses.id, responseId));
    expect(
      (await h.post(`/responses/${responseId}/accept`, {}, as)).headers.get("location"),
    ).toContain("admin-accepted");
  });

  it("exports one response as DOCX (read back)", async () => {
    const res = await h.get(`/responses/${responseId}/export.docx?lang=ru`, as);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Обоснование");
    expect(xml).toContain("статистика");
    expect(xml).toContain("&lt;script&gt;");
    const kk = await h.get(`/responses/${responseId}/export.docx?lang=kk`, as);
    const kx =
      (await (
        await JSZip.loadAsync(await kk.arrayBuffer())
      )
        .file("word/document.xml")
        ?.async("string")) ?? "";
    expect(kx).toContain("Негіздеме");
  });

  it("exports the campaign as XLSX and CSV (read back)", async () => {
    const res = await h.get(`/campaigns/${campaignId}/export.xlsx?lang=ru`, as);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    // the accepted questionnaire; the other service's draft only on request (item 21)
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(1).cellCount).toBe(4 + 28 + 16); // + Appendix 1, one column per item
    const row = ws.getRow(2).values as unknown[];
    expect(row).toContain("00101001");
    expect(row).toContain(XSS);
    const csv = await (
      await h.get(`/campaigns/${campaignId}/export.csv?lang=kk&drafts=1`, as)
    ).text();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(csv).toContain("00101001");
  });

  it("lists officials and creates/revokes invitations with a QR code", async () => {
    const [ag] = await h.db.db.select().from(agencies).where(eq(agencies.code, "MZ"));
    expect(await (await h.get("/officials", as)).text()).toContain("Асель");
    const bad = await h.post("/invites", { target: "official" }, as);
    expect(bad.status).toBe(400);
    const ok = await h.post(
      "/invites",
      { target: "official", agencyId: String(ag!.id), fullName: "Иван" },
      as,
    );
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain("<svg");
    expect(html).toContain("?start=");
    const list = await (await h.get("/invites", as)).text();
    const id = /action="\/invites\/(\d+)\/revoke"/.exec(list)?.[1];
    expect((await h.post(`/invites/${id}/revoke`, {}, as)).headers.get("location")).toContain(
      "admin-invite-revoked",
    );
  });

  it("manages panel users", async () => {
    expect((await h.post("/admins", { name: "", role: "member" }, as)).status).toBe(400);
    expect(
      (await h.post("/admins", { name: "Член Комиссии", role: "member", locale: "kk" }, as)).status,
    ).toBe(303);
    expect(await (await h.get("/admins", as)).text()).toContain("Член Комиссии");
  });

  it("playground: creates a test official and chats with the bot through the simulator", async () => {
    const res = await h.post("/playground", { name: "Тест", locale: "ru" }, as);
    expect(res.status).toBe(303);
    const path = res.headers.get("location")!;
    const uid = Number(path.split("/").pop());
    expect((await h.post(`${path}/send`, { text: "/start" }, as)).status).toBe(303);
    await h.app.simulator!.waitFor(() => h.app.simulator!.messages(uid).length > 0);
    const chat = await (await h.get(`${path}/chat`, as)).text();
    expect(chat).toContain("msg bot");
    const page = await (await h.get(path, as)).text();
    expect(page).toContain("data-poll=");
  });
});
