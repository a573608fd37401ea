/**
 * The questionnaire service on a real database: one loader for every reader, and every status
 * change refused or made as the domain says (forbidden moves leave the row untouched).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/repositories/index.js";
import type { QuestionnaireEvent } from "../../src/domain/questionnaire.js";
import { RESPONSE_STATUSES, type ResponseStatus } from "../../src/domain/vocabulary.js";
import {
  changeStatus,
  loadCampaignQuestionnaires,
  loadOfficialQuestionnaire,
  loadQuestionnaire,
} from "../../src/services/questionnaire.js";
import { fillAnswers } from "../helpers/answers.js";
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

async function responseIn(status: ResponseStatus, complete = true) {
  const w = await seedWorld(db.db, { telegramId: 7001 });
  const r = await deps.repos.responses.ensure(w.assignmentIds[0]!, NOW);
  if (complete) await fillAnswers(db.db, r.id);
  // reach the status through allowed moves only
  const path: Record<ResponseStatus, QuestionnaireEvent[]> = {
    draft: [],
    submitted: ["submit"],
    accepted: ["submit", "accept"],
    returned: ["submit", "return"],
  };
  for (const e of path[status]) expect((await changeStatus(deps, r.id, e, "c")).ok).toBe(true);
  return { w, id: r.id };
}

describe("loadQuestionnaire", () => {
  it("returns the service, agency, campaign, status, answers, materials and history", async () => {
    const { w, id } = await responseIn("draft");
    await deps.repos.responses.putMaterial({
      responseId: id,
      kind: "proposals",
      text: "предложение",
      uploadedBy: null,
      now: NOW,
    });
    const q = await loadQuestionnaire(deps, id, { history: true });
    expect(q).toMatchObject({
      responseId: id,
      assignmentId: w.assignmentIds[0],
      status: "draft",
      service: { registryCode: w.services[0]!.registryCode },
      agency: { id: w.agency.id },
      campaign: { id: w.campaign.id, year: w.campaign.year },
      answered: 14,
      materials: [{ kind: "proposals", text: "предложение", fileName: null }],
      history: [],
    });
    expect(q?.answers[13]).toEqual({
      value: { type: "choice", choice: "no" },
      justification: "обоснование",
    });
    // plain JSON: the bot keeps it in a conversation's replay log
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
    expect(await loadQuestionnaire(deps, id + 1000)).toBeUndefined();
  });

  it("an official only loads questionnaires assigned to them; opening creates the response", async () => {
    const w = await seedWorld(db.db, { telegramId: 7002 });
    const byAssignment = await loadOfficialQuestionnaire(deps, w.official.id, {
      assignmentId: w.assignmentIds[0]!,
    });
    expect(byAssignment).toMatchObject({ status: "draft", answered: 0 });
    const id = byAssignment!.responseId;
    expect(await loadOfficialQuestionnaire(deps, w.official.id, { responseId: id })).toMatchObject({
      responseId: id,
    });
    expect(
      await loadOfficialQuestionnaire(deps, w.official.id + 1, { responseId: id }),
    ).toBeUndefined();
  });

  it("the campaign's questionnaires: every service, answered or not", async () => {
    const w = await seedWorld(db.db, { telegramId: 7003, services: ["Первая", "Вторая"] });
    const r = await deps.repos.responses.ensure(w.assignmentIds[0]!, NOW);
    await fillAnswers(db.db, r.id);
    const rows = await loadCampaignQuestionnaires(deps, w.campaign.id);
    expect(rows).toHaveLength(2);
    const first = rows.find((x) => x.responseId === r.id);
    expect(first).toMatchObject({ status: "draft", answered: 14 });
    expect(first?.answers[1]?.value).toMatchObject({ type: "demand" });
    expect(rows.find((x) => x.responseId === null)).toMatchObject({ answered: 0, answers: {} });
  });
});

describe("changeStatus", () => {
  const allowed: Record<QuestionnaireEvent, ResponseStatus[]> = {
    submit: ["draft", "returned"],
    return: ["submitted", "accepted"],
    accept: ["submitted"],
  };
  for (const event of Object.keys(allowed) as QuestionnaireEvent[]) {
    for (const status of RESPONSE_STATUSES.filter((s) => !allowed[event].includes(s))) {
      it(`refuses ${event} from ${status} and leaves the response as it was`, async () => {
        const { id } = await responseIn(status);
        const before = await deps.repos.responses.byId(id);
        expect(await changeStatus(deps, id, event, "x")).toEqual({
          ok: false,
          reason: "not-allowed",
        });
        expect(await deps.repos.responses.byId(id)).toEqual(before);
      });
    }
  }

  it("submit needs every applicable answer", async () => {
    const { id } = await responseIn("draft", false);
    expect(await changeStatus(deps, id, "submit")).toEqual({ ok: false, reason: "incomplete" });
    expect((await deps.repos.responses.byId(id))?.status).toBe("draft");
  });

  it("return stores the comment and its time; accept and submit stamp theirs", async () => {
    const { id } = await responseIn("submitted");
    expect((await deps.repos.responses.byId(id))?.submittedAt).toEqual(NOW);
    expect(await changeStatus(deps, id, "return", "Уточните п.3")).toEqual({
      ok: true,
      from: "submitted",
      to: "returned",
    });
    expect(await deps.repos.responses.byId(id)).toMatchObject({
      status: "returned",
      returnComment: "Уточните п.3",
      returnedAt: NOW,
    });
    await changeStatus(deps, id, "submit");
    await changeStatus(deps, id, "accept");
    expect(await deps.repos.responses.byId(id)).toMatchObject({
      status: "accepted",
      acceptedAt: NOW,
    });
    expect(await changeStatus(deps, id + 1000, "accept")).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("two taps at once: one moves, the other is told it changed", async () => {
    const { id } = await responseIn("submitted");
    const both = await Promise.all([
      changeStatus(deps, id, "accept"),
      changeStatus(deps, id, "accept"),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ ok: false });
  });
});
