/**
 * The audit log reads as a record, in Kazakh and Russian: who by name, the action and object in
 * words, the change as a field / before / after table, and labelled filters by action, admin
 * and date.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLabelKeys } from "../../../admin/audit/labels.js";
import { auditLog } from "../../../src/db/schema.js";
import { type AdminHarness, type As, adminHarness } from "../../helpers/admin.js";
import { flat } from "../../helpers/bulk.js";

let h: AdminHarness;
let sec: As;
let editedId: number;

beforeAll(async () => {
  h = await adminHarness();
  sec = await h.login("secretary", "Айгүл Секретарь");
  const member = await h.login("member", "Ерлан Член");
  editedId = member.adminId;
  // a real change through the panel: the member's role and language
  const res = await h.post(
    `/admins/${editedId}`,
    { name: "Ерлан Член", role: "secretary", locale: "kk" },
    sec,
  );
  expect(res.status).toBe(303);
  await h.db.db.insert(auditLog).values({
    actor: "system",
    action: "invite.revoke",
    entity: "invite",
    entityId: "9",
    at: new Date("2026-03-01T05:00:00Z"),
  });
}, 120_000);
afterAll(async () => {
  await h.close();
});

const row = (html: string, marker: string) => {
  const start = html.lastIndexOf("<tr>", html.indexOf(marker));
  return html.slice(start, html.indexOf("</tr></tbody></table></td></tr>", start));
};

describe("the audit log", () => {
  it("names the admin, says the action in words and shows before → after (ru)", async () => {
    const html = await (await h.get("/audit", sec)).text();
    const edit = row(html, `пользователь панели #${editedId}`);
    expect(edit).toContain("<td>Айгүл Секретарь</td>");
    expect(edit).toContain("<td>Изменение</td>");
    expect(flat(edit)).toContain("Рольmembersecretary");
    expect(flat(edit)).toContain("Языкrukk");
    expect(edit).not.toContain("admin:");
    expect(html).toContain("<td>Система</td>");
    expect(html).toContain("<td>Отзыв приглашения</td>");
  });

  it("reads in Kazakh too", async () => {
    const html = await (await h.get("/audit", sec, { cookie: `${sec.cookie}; lang=kk` })).text();
    expect(html).toContain("<td>Өзгерту</td>");
    expect(html).toContain(`панель пайдаланушысы #${editedId}`);
    expect(html).toContain("Шақырудың күшін жою");
  });

  it("filters by labelled action, admin and date", async () => {
    const page = await (await h.get("/audit", sec)).text();
    expect(page).toContain('<label>Действие<select name="action">');
    expect(page).toContain('<option value="invite.revoke">Отзыв приглашения</option>');
    expect(page).toContain(`<option value="admin:${sec.adminId}">Айгүл Секретарь</option>`);
    expect(page).toContain('<label>Дата с<input type="date" name="from"');

    const byAction = await (await h.get("/audit?action=invite.revoke", sec)).text();
    expect(byAction).toContain("Отзыв приглашения</td>");
    expect(byAction).not.toContain("<td>Изменение</td>");
    const byAdmin = await (await h.get(`/audit?actor=admin:${sec.adminId}`, sec)).text();
    expect(byAdmin).toContain("<td>Изменение</td>");
    expect(byAdmin).not.toContain("<td>Отзыв приглашения</td>");
    const byDate = await (await h.get("/audit?from=2026-03-01&to=2026-03-01", sec)).text();
    expect(byDate).toContain("<td>Отзыв приглашения</td>");
    expect(byDate).not.toContain("<td>Изменение</td>");
  });

  it("has every action, object and field label in both languages", async () => {
    for (const lang of ["kk", "ru"] as const) {
      for (const key of auditLabelKeys()) {
        expect(h.app.deps.i18n.t(lang, key)).not.toContain(key);
      }
    }
  });
});
