/**
 * Issue 10 (4): the playground lists and types as test officials only; an admin's simulated
 * chat (with their login codes) is shown to its owner alone, read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, adminHarness } from "../../helpers/admin.js";

let h: AdminHarness;
beforeAll(async () => {
  h = await adminHarness();
});
afterAll(async () => {
  await h.close();
});

describe("playground privacy", () => {
  it("another admin's simulated chat is neither listed, shown nor typed in", async () => {
    const owner = await h.login("secretary", "Владелец Чата");
    // asking for a login code gives the owner a simulated account holding the code
    expect((await h.post("/login", { login: "Владелец Чата" })).status).toBe(200);
    const ownerTg = (await h.app.deps.repos.admins.byId(owner.adminId))!.telegramId!;
    expect(h.app.simulator!.lastMessage(ownerTg)?.text).toMatch(/\d{6}/);

    const other = await h.login("secretary", "Другой Секретарь");
    const created = await h.post("/playground", { name: "Тестовый", locale: "ru" }, other);
    expect(created.status).toBe(303);
    const testPath = created.headers.get("location")!;

    const list = await (await h.get("/playground", other)).text();
    expect(list).toContain(`href="${testPath}"`);
    expect(list).not.toContain(`/playground/${ownerTg}`);
    expect(list).not.toContain("Владелец Чата");
    expect((await h.get(`/playground/${ownerTg}`, other)).status).toBe(404);
    expect((await h.get(`/playground/${ownerTg}/chat`, other)).status).toBe(404);
    const before = h.app.simulator!.transcript(ownerTg).length;
    expect((await h.post(`/playground/${ownerTg}/send`, { text: "/start" }, other)).status).toBe(
      404,
    );
    expect(
      (await h.post(`/playground/${ownerTg}/press`, { messageId: "1", data: "x" }, other)).status,
    ).toBe(404);
    expect(h.app.simulator!.transcript(ownerTg)).toHaveLength(before);

    // the test official: read and type
    expect((await h.get(testPath, other)).status).toBe(200);
    expect((await h.post(`${testPath}/send`, { text: "/help" }, other)).status).toBe(303);

    // the owner sees their own chat (the code), read-only
    const mine = await h.get(`/playground/${ownerTg}`, owner);
    expect(mine.status).toBe(200);
    const html = await mine.text();
    expect(html).toMatch(/\d{6}/);
    expect(html).not.toContain(`action="/playground/${ownerTg}/send"`);
    expect(await (await h.get("/playground", owner)).text()).toContain(
      `href="/playground/${ownerTg}"`,
    );
    expect((await h.post(`/playground/${ownerTg}/send`, { text: "/start" }, owner)).status).toBe(
      404,
    );
  });
});
