/** Issue 10 (3): pages and downloads are never cached, so Back after logout shows nothing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReminderPolicy } from "../../../src/domain/reminders.js";
import { type AdminHarness, adminHarness } from "../../helpers/admin.js";

let h: AdminHarness;
beforeAll(async () => {
  h = await adminHarness();
});
afterAll(async () => {
  await h.close();
});

describe("Cache-Control: no-store", () => {
  it("on every page, redirect, error and download; static files stay cacheable", async () => {
    const as = await h.login();
    const campaign = await h.app.deps.repos.campaigns.create({
      year: 2026,
      title: "Кампания",
      listSentOn: "2026-04-01",
      dueOn: "2026-05-01",
      reminderPolicy: parseReminderPolicy({}),
    });
    const responses = [
      await h.get("/", as),
      await h.get("/agencies", as),
      await h.get("/admins", as),
      await h.get("/audit", as),
      await h.get(`/campaigns/${campaign.id}/export.csv`, as),
      await h.get("/login"),
      await h.get("/responses"), // redirect to the login
      await h.get("/no-such-page", as),
      await h.post("/agencies", { code: "" }, as), // form error
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 302, 404, 400]);
    for (const r of responses) expect(r.headers.get("cache-control")).toBe("no-store");
    expect((await h.get("/static/admin.css")).headers.get("cache-control")).not.toBe("no-store");
  });
});
