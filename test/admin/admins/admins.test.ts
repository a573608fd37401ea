/**
 * Issue 10 (12): admin names are unique without case and spaces; admins are edited (name, role,
 * language) and deactivated (audited; no login; sessions end); the last active secretary stays.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAdminActive } from "../../../src/services/admins.js";
import { type AdminHarness, adminHarness } from "../../helpers/admin.js";

let h: AdminHarness;
beforeAll(async () => {
  h = await adminHarness();
});
afterAll(async () => {
  await h.close();
});

const names = async () => (await h.app.deps.repos.admins.list()).map((a) => a.name);

describe("admins", () => {
  it("refuses a second admin whose name differs only in case or spaces", async () => {
    const as = await h.login();
    const first = await h.post("/admins", { name: "Ерлан Бек", role: "member", locale: "ru" }, as);
    expect(first.status).toBe(303);
    for (const name of ["ерлан бек", "  ЕРЛАН   БЕК ", "ЕрланБек"]) {
      const again = await h.post("/admins", { name, role: "member", locale: "kk" }, as);
      expect(again.status).toBe(400);
      expect(await again.text()).toContain("Пользователь с таким именем уже есть");
    }
    expect((await names()).filter((n) => n.toLowerCase().includes("ерлан"))).toEqual(["Ерлан Бек"]);
    // the unique index holds below the service too
    await expect(
      h.app.deps.repos.admins.create({ name: "ерлан бек", role: "member" }),
    ).rejects.toThrow();
  });

  it("edits name, role and language (audited); a taken name is refused", async () => {
    const as = await h.login();
    const target = await h.app.deps.repos.admins.create({ name: "Сауле", role: "member" });
    await h.app.deps.repos.admins.create({ name: "Дана", role: "member" });
    const form = await h.get(`/admins/${target.id}`, as);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('value="Сауле"');
    const ok = await h.post(
      `/admins/${target.id}`,
      { name: "Сауле Нурланқызы", role: "secretary", locale: "kk" },
      as,
    );
    expect(ok.status).toBe(303);
    const after = await h.app.deps.repos.admins.byId(target.id);
    expect(after).toMatchObject({ name: "Сауле Нурланқызы", role: "secretary", locale: "kk" });
    const taken = await h.post(
      `/admins/${target.id}`,
      { name: "ДАНА", role: "secretary", locale: "kk" },
      as,
    );
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain("Пользователь с таким именем уже есть");
    const audit = await (await h.get("/audit?entity=admin&action=update", as)).text();
    expect(audit).toContain("Сауле Нурланқызы");
    expect((await h.get("/admins/999999", as)).status).toBe(404);
  });

  it("deactivation ends the admin's sessions and refuses their login; audited", async () => {
    const as = await h.login();
    const member = await h.login("member", "Марат Участник");
    expect((await h.get("/", member)).status).toBe(200);
    // a code asked before the deactivation stops working too
    const asked = await h.post("/login", { login: "марат участник" });
    const token = /name="token" value="([^"]+)"/.exec(await asked.text())?.[1] ?? "";
    const browser = {
      cookie: `lb=${/lb=([^;]+)/.exec(asked.headers.get("set-cookie") ?? "")?.[1]}`,
    };
    const tg = (await h.app.deps.repos.admins.byId(member.adminId))!.telegramId!;
    const code = /\b(\d{6})\b/.exec(h.app.simulator!.lastMessage(tg)?.text ?? "")?.[1] ?? "";

    const off = await h.post(`/admins/${member.adminId}/archive`, {}, as);
    expect(off.status).toBe(303);
    expect((await h.get("/", member)).status).toBe(302);
    const late = await h.post("/login/verify", { token, code }, undefined, browser);
    expect(late.status).toBe(400);
    expect(late.headers.get("set-cookie") ?? "").not.toContain("sid=");
    // asking again sends nothing
    const sent = h.app.simulator!.transcript(tg).length;
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    expect((await h.post("/login", { login: "Марат Участник" }, undefined, browser)).status).toBe(
      200,
    );
    expect(h.app.simulator!.transcript(tg)).toHaveLength(sent);
    const page = await (await h.get("/admins", as)).text();
    expect(page).toContain("доступ закрыт");
    const audit = await (await h.get("/audit?entity=admin&action=archive", as)).text();
    const name = (await h.app.deps.repos.admins.byId(as.adminId))?.name;
    expect(audit).toContain(`<td>${name}</td>`);
    // and back
    expect((await h.post(`/admins/${member.adminId}/archive`, {}, as)).status).toBe(303);
    expect((await h.app.deps.repos.admins.byId(member.adminId))?.archivedAt).toBeNull();
  });

  it("the last active secretary can be neither deactivated nor demoted", async () => {
    await h.db.truncate();
    const one = await h.login("secretary", "Единственный Секретарь");
    const two = await h.login("secretary", "Второй Секретарь");
    // two secretaries: one may demote the other
    const demote = await h.post(
      `/admins/${two.adminId}`,
      { name: "Второй Секретарь", role: "member", locale: "ru" },
      one,
    );
    expect(demote.status).toBe(303);
    // now the only one cannot demote themself
    const self = await h.post(
      `/admins/${one.adminId}`,
      { name: "Единственный Секретарь", role: "member", locale: "ru" },
      one,
    );
    expect(self.status).toBe(400);
    expect(await self.text()).toContain("должен остаться хотя бы один активный секретарь");
    expect((await h.app.deps.repos.admins.byId(one.adminId))?.role).toBe("secretary");
    // nor be deactivated (the panel offers no button for oneself; the service refuses anyway)
    const r = await setAdminActive({ deps: h.app.deps, actor: "test" }, one.adminId, false);
    expect(r).toEqual({ ok: false, error: "last-secretary" });
    expect((await h.post(`/admins/${one.adminId}/archive`, {}, one)).status).toBe(404);
    expect((await h.app.deps.repos.admins.byId(one.adminId))?.archivedAt).toBeNull();
  });
});
