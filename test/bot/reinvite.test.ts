/**
 * One official, one agency: an official re-invited to another agency loses the old agency's
 * questionnaires in the bot (list, buttons left on screen, saving), /officials shows the new
 * agency and the audit log has the change. Through the fake Bot API over HTTP and the panel.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/repositories/index.js";
import { sessionsRepo } from "../../src/db/repositories/sessions.js";
import { officials } from "../../src/db/schema.js";
import { createInvite } from "../../src/services/invites.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { seedAgency, seedCampaign, seedService, seedWorld } from "../helpers/seed.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.db.truncate();
  h.clock.now = new Date("2026-04-06T05:00:00Z");
});

const deps = () => ({
  db: h.db.db,
  repos: createRepositories(h.db.db),
  pepper: "test-pepper-test-pepper",
  now: () => h.clock.now,
  botUsername: h.fake.botUsername,
});

async function panel(path: string, adminId: number) {
  const s = await sessionsRepo(h.db.db).create(adminId, h.clock.now);
  const res = await h.app.http.request(path, { headers: { cookie: `sid=${s.id}` } });
  expect(res.status).toBe(200);
  return res.text();
}

describe("an official re-invited to another agency", () => {
  it("keeps only the new agency's questionnaires, in the bot and in the panel", async () => {
    const oldAgency = await seedAgency(h.db.db, "Министерство юстиции");
    const newAgency = await seedAgency(h.db.db, "Министерство финансов");
    await seedCampaign(h.db.db);
    const oldService = await seedService(h.db.db, oldAgency.id, "Апостилирование документов");
    const newService = await seedService(h.db.db, newAgency.id, "Возврат налога");
    const admin = await createRepositories(h.db.db).admins.create({
      name: "Секретарь",
      role: "secretary",
    });

    const first = await createInvite(deps(), {
      agencyId: oldAgency.id,
      serviceIds: [oldService.id],
    });
    const u = h.user(3101, "ru");
    await u.send(`/start ${first.code}`);
    await u.press("Русский");
    const oldList = u.last();
    expect(oldList.text).toContain("Апостилирование документов");
    // answer question 1 and stop at question 2 (its buttons stay on screen)
    await u.press("1.");
    await u.send("100");
    await u.send("Обоснование");
    const q2 = u.last();
    expect(q2.text).toContain("Вопрос 2 из 14");

    const second = await createInvite(deps(), {
      agencyId: newAgency.id,
      serviceIds: [newService.id],
    });
    await u.send(`/start ${second.code}`);
    const list = u.last().text ?? "";
    expect(list).toContain("Возврат налога");
    expect(list).not.toContain("Апостилирование документов");

    // the old question's buttons no longer save anything
    await u.press("Нет", q2.message_id);
    expect(h.fake.callbackAnswers.at(-1)?.text).toBe("Этот вопрос уже неактивен.");
    // nor does the old list open the old questionnaire
    const before = u.messages().length;
    await u.press("Апостилирование", oldList.message_id);
    expect(u.textsSince(before).join("\n")).not.toContain("Вопрос");
    const [oldResponse] = await h.db.db.query.responses.findMany();
    const stored = await createRepositories(h.db.db).responses.answers(oldResponse!.id);
    expect([...stored.keys()]).toEqual([1]);

    const officials = await panel("/officials", admin.id);
    const rows = officials.slice(officials.indexOf("<tbody>"));
    expect(rows).toContain("<td>Министерство финансов</td>");
    expect(rows).not.toContain("Министерство юстиции");
    const auditPage = await panel("/audit?action=official.agency-change", admin.id);
    expect(auditPage).toContain("<td>Переход сотрудника в другой государственный орган</td>");
  });

  it("cannot answer a questionnaire a link left from before the move points to", async () => {
    // links written before this rule existed: the official now belongs to another agency
    const w = await seedWorld(h.db.db, { telegramId: 3102, locale: "ru" });
    const u = h.user(3102, "ru");
    await u.send("/start");
    await u.press("1.");
    const other = await seedAgency(h.db.db, "Министерство финансов");
    await h.db.db
      .update(officials)
      .set({ agencyId: other.id })
      .where(eq(officials.id, w.official.id));
    await u.send("100");
    expect(u.last().text).not.toContain("Вопрос 1 из 14");
    await u.send("/start");
    expect(u.last().text).not.toContain("Выдача лицензии");
    const [response] = await h.db.db.query.responses.findMany();
    const stored = await createRepositories(h.db.db).responses.answers(response!.id);
    expect(stored.size).toBe(0);
  });
});
