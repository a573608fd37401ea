/**
 * The first-run setup link: once created, the secretary lands on a page with the panel's normal
 * navigation in the chosen language; a used link says how to get a new one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSetupLinks } from "../../../admin/auth/setup.js";
import { type AdminHarness, adminHarness } from "../../helpers/admin.js";

let h: AdminHarness;
beforeAll(async () => {
  h = await adminHarness();
}, 120_000);
afterAll(async () => {
  await h.close();
});

describe("the setup link", () => {
  it("ends on a page with the normal navigation; reusing it explains what to do", async () => {
    const links = await createSetupLinks({
      admins: h.app.deps.repos.admins,
      pepper: h.app.deps.pepper,
      now: h.clock.now,
      port: 3000,
    });
    const path = new URL(links![0]!).pathname;
    const done = await h.post(path, { name: "Айгерим Секретарь", locale: "kk" });
    expect(done.status).toBe(200);
    const html = await done.text();
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain("<nav aria-label=");
    expect(html).toContain('<a href="/campaigns">');
    expect(html).toContain('<form method="post" action="/logout"');

    const again = await h.get(path);
    expect(again.status).toBe(404);
    const page = await again.text();
    expect(page).toContain("npm run setup-link");
    expect(page).toContain('<a href="/login" class="button">');
  });
});
