import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationStorage } from "../../src/bot/conversation-storage.js";
import { createRepositories } from "../../src/db/repositories/index.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.destroy());

describe("conversation state primed by the sender query", () => {
  it("serves the update's first read, then the database: a write is never hidden", async () => {
    const store = conversationStorage<{ n: number }>(db.db);
    await store.adapter.write("7", { n: 1 });
    // what the sender query read with the update
    store.prime(7, { n: 1 });
    expect(await store.adapter.read("7")).toEqual({ n: 1 });
    await store.adapter.write("7", { n: 2 });
    expect(await store.adapter.read("7")).toEqual({ n: 2 });
    // primed again, then written before the read: the write wins
    store.prime(7, { n: 2 });
    await store.adapter.write("7", { n: 3 });
    expect(await store.adapter.read("7")).toEqual({ n: 3 });
    // primed as absent, released unread (the update ended elsewhere): the stored state stays
    store.prime(7, undefined);
    store.release(7);
    expect(await store.adapter.read("7")).toEqual({ n: 3 });
    await store.adapter.delete("7");
    expect(await store.adapter.read("7")).toBeUndefined();
  });

  it("the sender query reads the official, an unlinked user's language and the state at once", async () => {
    const store = conversationStorage<{ n: number }>(db.db);
    const repos = createRepositories(db.db);
    await store.adapter.write("42", { n: 5 });
    await repos.officials.rememberChosenLocale(42, "kk");
    const got = await repos.officials.sender(42, store.keyOf(42));
    expect(got).toEqual({ official: undefined, chosenLocale: "kk", stored: { n: 5 } });
    const none = await repos.officials.sender(43, store.keyOf(43));
    expect(none).toEqual({ official: undefined, chosenLocale: undefined, stored: undefined });
  });
});
