/**
 * Invitations end to end: created by the authorized body, redeemed in the bot through the
 * fake Bot API over HTTP, on a real database (PGlite, or the server with TEST_DATABASE_URL).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { campaignsRepo } from "../../src/db/repositories/campaigns.js";
import { createRepositories } from "../../src/db/repositories/index.js";
import {
  admins,
  assignmentOfficials,
  assignments,
  codeFailures,
  officials,
} from "../../src/db/schema.js";
import { CODE_ALPHABET, formatInviteCode } from "../../src/domain/codes.js";
import {
  createInvite,
  inviteQr,
  listInvites,
  redeemInvite,
  revokeInvite,
} from "../../src/services/invites.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { createTestDatabase, onServer, type TestDatabase } from "../helpers/db.js";
import { seedAgency, seedCampaign, seedService } from "../helpers/seed.js";

let db: TestDatabase;
let h: Harness;
const PEPPER = "test-pepper-test-pepper";

beforeAll(async () => {
  db = await createTestDatabase({ max: 12 });
  h = await startHarness({ db });
});
afterAll(async () => {
  await h?.close();
  await db?.destroy();
});
beforeEach(async () => {
  await db.truncate();
  h.clock.now = new Date("2026-04-06T05:00:00Z");
});

const deps = () => ({
  db: db.db,
  repos: createRepositories(db.db),
  pepper: PEPPER,
  now: () => h.clock.now,
  botUsername: h.fake.botUsername,
});

async function world() {
  const agency = await seedAgency(db.db, "Министерство юстиции");
  const campaign = await seedCampaign(db.db);
  const s1 = await seedService(db.db, agency.id, "Регистрация юридических лиц");
  const s2 = await seedService(db.db, agency.id, "Апостилирование документов");
  const s3 = await seedService(db.db, agency.id, "Выдача справки о судимости");
  return { agency, campaign, services: [s1, s2, s3] };
}

describe("creating invitations", () => {
  it("yields a one-time code of the unambiguous alphabet, a deep link and a QR code", async () => {
    const w = await world();
    const inv = await createInvite(deps(), { agencyId: w.agency.id, fullName: "Айгерім Сапарова" });
    expect(inv.code.length).toBeGreaterThanOrEqual(8);
    for (const ch of inv.code) expect(CODE_ALPHABET).toContain(ch);
    expect(inv.code).not.toMatch(/[0O1I]/);
    expect(inv.link).toBe(`https://t.me/${h.fake.botUsername}?start=${inv.code}`);
    expect(inv.expiresAt.getTime() - h.clock.now.getTime()).toBe(14 * 86_400_000);

    const svg = await inviteQr(inv.link, "svg");
    expect(String(svg)).toMatch(/^<svg/);
    const png = (await inviteQr(inv.link, "png")) as Buffer;
    expect(png.subarray(1, 4).toString()).toBe("PNG");

    // stored hashed: the code itself is nowhere in the row
    const [row] = await listInvites(deps(), { now: h.clock.now });
    expect(row?.state).toBe("ok");
    expect(JSON.stringify(row)).not.toContain(inv.code);
  });

  it("refuses services of another agency", async () => {
    const w = await world();
    const other = await seedAgency(db.db, "Другое министерство");
    await expect(
      createInvite(deps(), { agencyId: other.id, serviceIds: [w.services[0]!.id] }),
    ).rejects.toThrow(/belong/);
  });
});

describe("redeeming in the bot", () => {
  it("/start <code> links the official to the agency and the chosen services, then asks for a language", async () => {
    const w = await world();
    const inv = await createInvite(deps(), {
      agencyId: w.agency.id,
      serviceIds: [w.services[0]!.id, w.services[1]!.id],
      fullName: "Айгерім Сапарова",
      position: "главный эксперт",
    });
    const u = h.user(501, "ru");
    await u.send(`/start ${inv.code}`);
    const texts = u.textsSince(0);
    expect(texts[0]).toContain("Добро пожаловать");
    expect(texts[0]).toContain("Министерство юстиции");
    expect(u.buttons()).toEqual(["Қазақша", "✓ Русский"]); // preselected from language_code

    const [o] = await db.db.select().from(officials).where(eq(officials.telegramId, 501));
    expect(o).toMatchObject({
      agencyId: w.agency.id,
      fullName: "Айгерім Сапарова",
      position: "главный эксперт",
    });
    const links = await db.db
      .select({ serviceId: assignments.serviceId })
      .from(assignmentOfficials)
      .innerJoin(assignments, eq(assignments.id, assignmentOfficials.assignmentId))
      .where(eq(assignmentOfficials.officialId, o!.id));
    expect(links.map((l) => l.serviceId).sort()).toEqual(
      [w.services[0]!.id, w.services[1]!.id].sort(),
    );

    const n = u.messages().length;
    await u.press("Қазақша");
    expect(u.messages().length).toBeGreaterThan(n); // the list follows the language choice
  });

  it("a typed code (grouped, lower case, Cyrillic lookalikes) works and links every service of the agency", async () => {
    const w = await world();
    // "all services" = the agency's services that are in the campaign
    await campaignsRepo(db.db).addServices(
      w.campaign.id,
      w.services.map((s) => s.id),
    );
    const inv = await createInvite(deps(), { agencyId: w.agency.id });
    const u = h.user(502, "kk");
    await u.send(formatInviteCode(inv.code).toLowerCase());
    expect(u.textsSince(0)[0]).toContain("Қош келдіңіз");
    const [o] = await db.db.select().from(officials).where(eq(officials.telegramId, 502));
    const links = await db.db
      .select()
      .from(assignmentOfficials)
      .where(eq(assignmentOfficials.officialId, o!.id));
    expect(links).toHaveLength(3);
  });

  it("a linked official who types a new code (no /start) is linked by it, not told 'answers saved'", async () => {
    const w = await world();
    await campaignsRepo(db.db).addServices(w.campaign.id, [w.services[0]!.id]);
    const first = await createInvite(deps(), {
      agencyId: w.agency.id,
      serviceIds: [w.services[0]!.id],
    });
    const u = h.user(503, "ru");
    await u.send(`/start ${first.code}`);
    const second = await createInvite(deps(), {
      agencyId: w.agency.id,
      serviceIds: [w.services[1]!.id],
    });
    const before = u.messages().length;
    await u.send(formatInviteCode(second.code));
    expect(u.textsSince(before).join("\n")).not.toContain("Ответы сохранены");
    const [o] = await db.db.select().from(officials).where(eq(officials.telegramId, 503));
    const links = await db.db
      .select()
      .from(assignmentOfficials)
      .where(eq(assignmentOfficials.officialId, o!.id));
    expect(links).toHaveLength(2);
  });

  it("several officials of one agency share a questionnaire (one assignment, both linked)", async () => {
    const w = await world();
    const a = await createInvite(deps(), {
      agencyId: w.agency.id,
      serviceIds: [w.services[0]!.id],
    });
    const b = await createInvite(deps(), {
      agencyId: w.agency.id,
      serviceIds: [w.services[0]!.id],
    });
    await h.user(503).send(`/start ${a.code}`);
    await h.user(504).send(`/start ${b.code}`);
    const rows = await db.db
      .select()
      .from(assignments)
      .where(eq(assignments.serviceId, w.services[0]!.id));
    expect(rows).toHaveLength(1);
    const links = await db.db
      .select()
      .from(assignmentOfficials)
      .where(eq(assignmentOfficials.assignmentId, rows[0]!.id));
    expect(links).toHaveLength(2);
  });

  it("wrong, expired, used and revoked codes each get their own message", async () => {
    const w = await world();
    const u = h.user(505, "ru");

    await u.send("/start ABCDEFGHJK");
    expect(u.last().text).toContain("Код не найден");

    const expired = await createInvite(deps(), { agencyId: w.agency.id, ttlDays: 1 });
    h.clock.now = new Date(h.clock.now.getTime() + 2 * 86_400_000);
    await u.send(`/start ${expired.code}`);
    expect(u.last().text).toContain("истёк");

    const used = await createInvite(deps(), { agencyId: w.agency.id });
    await h.user(506).send(`/start ${used.code}`);
    await u.send(`/start ${used.code}`);
    expect(u.last().text).toContain("уже использовано");

    const revoked = await createInvite(deps(), { agencyId: w.agency.id });
    expect(await revokeInvite(deps(), revoked.id)).toBe(true);
    expect(await revokeInvite(deps(), revoked.id)).toBe(false);
    await u.send(revoked.code);
    expect(u.last().text).toContain("отозвано");

    // only the unknown code counted towards the lockout
    expect(await db.db.select().from(codeFailures)).toHaveLength(1);
    // and the same user tapping their own link again is simply welcomed back
    await h.user(506).send(`/start ${used.code}`);
    expect(h.fake.lastMessage(506)?.text ?? "").not.toContain("использовано");
  });

  it("5 wrong codes within an hour lock the user out for an hour, even with a good code", async () => {
    const w = await world();
    const good = await createInvite(deps(), { agencyId: w.agency.id });
    const u = h.user(507, "ru");
    for (let i = 0; i < 4; i++) {
      await u.send(`/start WRONGCODE${i + 2}`);
      expect(u.last().text).toContain("Код не найден");
      h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    }
    await u.send("/start WRONGCODE7");
    expect(u.last().text).toContain("Слишком много неверных кодов");
    await u.send(`/start ${good.code}`);
    expect(u.last().text).toContain("Слишком много неверных кодов");
    await u.send(good.code);
    expect(u.last().text).toContain("Слишком много неверных кодов");

    h.clock.now = new Date(h.clock.now.getTime() + 61 * 60_000);
    await u.send(`/start ${good.code}`);
    expect(u.textsSince(0).at(-2) ?? u.last().text).toContain("Добро пожаловать");
  });

  it("an admin invite links Telegram to the admin account and confirms", async () => {
    const admin = await adminsRepo(db.db).create({ name: "Секретарь комиссии", role: "secretary" });
    const inv = await createInvite(deps(), { target: "admin", adminId: admin.id });
    const u = h.user(508, "ru");
    await u.send(`/start ${inv.code}`);
    expect(u.last().text).toContain("Секретарь комиссии");
    const [row] = await db.db.select().from(admins).where(eq(admins.id, admin.id));
    expect(row?.telegramId).toBe(508);
    expect(await db.db.select().from(officials)).toHaveLength(0);
  });
});

describe("two users racing for one code", () => {
  it(`exactly one wins (${onServer ? "separate server connections" : "concurrent calls on one PGlite"})`, async () => {
    const w = await world();
    const inv = await createInvite(deps(), { agencyId: w.agency.id });
    const racers = Array.from({ length: 8 }, (_, i) => 900 + i);
    const results = await Promise.all(
      racers.map((telegramId) => redeemInvite(deps(), { telegramId, code: inv.code })),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "used")).toHaveLength(racers.length - 1);
    expect(await db.db.select().from(officials)).toHaveLength(1);
  });
});
