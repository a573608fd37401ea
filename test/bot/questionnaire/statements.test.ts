/**
 * What one answer costs the database (issue 14): the statements a whole questionnaire makes,
 * counted through the driver, not timed. The send budget's reservations are left out of the
 * count (on the server they are batched by timing; on PGlite they are made in memory).
 * Where the figure comes from: one statement reads the sender with the chat's conversation
 * state; one saves the answer with its history and the cursor; the conversation's state is
 * written while a question waits for its justification; the questionnaire is loaded once per
 * question.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { answerAllRu, FULL_QUESTIONNAIRE_UPDATES } from "../../helpers/script.js";
import { seedWorld } from "../../helpers/seed.js";

let db: TestDatabase;
let h: Harness;
const statements: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (q) => statements.push(q) });
  h = await startHarness({ db });
});
afterAll(async () => {
  await h.close();
  await db.destroy();
});

describe("a whole questionnaire, answered in order", () => {
  it("costs at most 3.5 database statements per update, and every answer is stored", async () => {
    await seedWorld(db.db, { telegramId: 1201, locale: "ru", services: ["Выдача лицензии"] });
    const u = h.user(1201);
    await u.send("/start");
    await u.press("1. Выдача лицензии");
    statements.length = 0;
    await answerAllRu(u);
    expect(u.last().text).toContain("Проверка ответов");
    const made = statements.filter((q) => !q.includes("send_budget")).length;
    expect(made / FULL_QUESTIONNAIRE_UPDATES).toBeLessThanOrEqual(3.5);
    const stored = await db.db.query.answers.findMany();
    expect(stored.filter((a) => a.value !== null && a.justification)).toHaveLength(14);
  });
});
