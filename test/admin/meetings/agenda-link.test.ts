/**
 * The agenda sent to members links to the panel only by an absolute address (ADMIN_URL, else
 * PUBLIC_URL); with none known the message has no link and the agenda DOCX itself is sent.
 */
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { admins } from "../../../src/db/schema.js";
import { type AdminHarness, adminHarness } from "../../helpers/admin.js";
import { docxText, seedAgendaWorld } from "../../helpers/agenda.js";

let h: AdminHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MEMBER = 7101;
/** each case starts its own app (the configuration differs): allow for a busy machine */
const SLOW = 120_000;

/** A meeting with two items, approved and sent; what the member's chat got. */
async function sendAgenda(env: Record<string, string>) {
  h = await adminHarness(env);
  h.clock.now = new Date("2026-04-10T05:00:00Z");
  const sec = await h.login("secretary", "Секретарь");
  const member = await h.login("member", "Член Комиссии");
  await h.db.db
    .update(admins)
    .set({ telegramId: MEMBER, locale: "ru" })
    .where(eq(admins.id, member.adminId));
  h.app.simulator!.addUser({ id: MEMBER, first_name: "M", language_code: "ru" });
  const w = await seedAgendaWorld(h.db.db, { services: 2, agencies: 1, officialTelegramId: 5101 });
  const created = await h.post(
    "/meetings",
    { date: "2026-04-20", time: "15:00", place: "Зал 3" },
    sec,
  );
  const id = Number(/\/meetings\/(\d+)/.exec(created.headers.get("location") ?? "")?.[1]);
  await h.post(`/meetings/${id}/items`, { r: w.responses.map((r) => String(r.id)) }, sec);
  expect((await h.post(`/meetings/${id}/approve`, {}, sec)).status).toBe(303);
  expect((await h.post(`/meetings/${id}/send`, { version: "1" }, sec)).status).toBe(200);
  return { id, got: h.app.simulator!.messages(MEMBER) };
}

describe("the agenda message to members", () => {
  it(
    "links to the meeting by ADMIN_URL",
    async () => {
      const { id, got } = await sendAgenda({ ADMIN_URL: "https://panel.example.kz/" });
      expect(got[0]?.text).toContain(
        `Материалы к заседанию: https://panel.example.kz/meetings/${id}`,
      );
    },
    SLOW,
  );

  it(
    "has no relative link without a public address, and the DOCX carries the agenda",
    async () => {
      const { id, got } = await sendAgenda({});
      const text = got[0]?.text ?? "";
      expect(text).toContain("Услуга 0001");
      expect(text).not.toContain(`/meetings/${id}`);
      expect(text).not.toContain("Материалы к заседанию");
      expect(text).toContain("Повестка в формате DOCX — в следующем сообщении.");
      const doc = got.find((m) => m.document)?.document;
      expect(doc?.file_name).toMatch(/\.docx$/);
      expect(await docxText(doc!.content)).toContain("Услуга 0002");
    },
    SLOW,
  );
});
