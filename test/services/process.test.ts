/**
 * Appendix 1 on a real database: each item saved at once with its history, read back through
 * the one loader, and submit refused until it is complete unless the campaign made it optional.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/repositories/index.js";
import { campaigns } from "../../src/db/schema.js";
import {
  changeStatus,
  loadCampaignQuestionnaires,
  loadQuestionnaire,
  saveProcessItem,
} from "../../src/services/questionnaire.js";
import { type COMPLETE_PROCESS, fillAnswers, fillProcess } from "../helpers/answers.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { seedWorld } from "../helpers/seed.js";

let db: TestDatabase;
let deps: { repos: ReturnType<typeof createRepositories>; now: () => Date };
const NOW = new Date("2026-04-10T05:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { repos: createRepositories(db.db), now: () => NOW };
});
afterAll(async () => {
  await db?.destroy();
});
beforeEach(async () => {
  await db.truncate();
});

async function draft() {
  const w = await seedWorld(db.db, { telegramId: 7101, processOptional: false });
  const r = await deps.repos.responses.ensure(w.assignmentIds[0]!, NOW);
  await fillAnswers(db.db, r.id);
  return { w, id: r.id, officialId: w.official.id };
}

describe("Appendix 1 storage", () => {
  it("saves an item at once, keeps its history, refuses invalid values", async () => {
    const { id, officialId } = await draft();
    const save = (no: number, value: (typeof COMPLETE_PROCESS)[number]) =>
      saveProcessItem(deps, { responseId: id, no, officialId, value });
    expect(await save(3, { type: "choice", choice: "individuals" })).toBe(true);
    expect(await save(3, { type: "choice", choice: "both" })).toBe(true);
    expect(await save(3, { type: "choice", choice: "both" })).toBe(true); // unchanged: no history
    expect(await save(3, { type: "choice", choice: "yes" })).toBe(false);
    const q = await loadQuestionnaire(deps, id, { history: true });
    expect(q?.process[3]).toEqual({ type: "choice", choice: "both" });
    expect(q?.processDone).toBe(1);
    expect(q?.processHistory?.map((h) => [h.itemNo, h.oldValue, h.newValue])).toEqual([
      [3, { type: "choice", choice: "individuals" }, { type: "choice", choice: "both" }],
      [3, null, { type: "choice", choice: "individuals" }],
    ]);
  });

  it("submit waits for Appendix 1; a campaign may make it optional for the year", async () => {
    const { w, id } = await draft();
    expect(await changeStatus(deps, id, "submit")).toEqual({ ok: false, reason: "incomplete" });
    await db.db
      .update(campaigns)
      .set({ processOptional: true })
      .where(eq(campaigns.id, w.campaign.id));
    expect((await changeStatus(deps, id, "submit")).ok).toBe(true);
  });

  it("a complete Appendix 1 lets it go, then it is read-only; the campaign sheet reads it", async () => {
    const { w, id, officialId } = await draft();
    await fillProcess(db.db, id);
    expect((await changeStatus(deps, id, "submit")).ok).toBe(true);
    const later = await saveProcessItem(deps, {
      responseId: id,
      no: 3,
      officialId,
      value: { type: "choice", choice: "entities" },
    });
    expect(later).toBe(false);
    const [row] = await loadCampaignQuestionnaires(deps, w.campaign.id);
    expect(row?.process[12]).toEqual({ type: "range", from: 3, to: 2 });
  });
});
