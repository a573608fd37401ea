import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../helpers/bot.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe("choosing a language", () => {
  it("marks the chosen language; pressing it again asks Telegram for nothing it would refuse", async () => {
    const u = h.user(9101, "ru");
    await u.send("/language");
    const menu = u.last();
    expect(u.buttons(menu)).toEqual(["Қазақша", "Русский"]);
    await u.press("Русский", menu.message_id);
    expect(u.buttons(u.messages().find((m) => m.message_id === menu.message_id))).toEqual([
      "Қазақша",
      "✓ Русский",
    ]);
    await u.press("Русский", menu.message_id);
    await u.press("Қазақша", menu.message_id);
    expect(u.buttons(u.messages().find((m) => m.message_id === menu.message_id))).toEqual([
      "✓ Қазақша",
      "Русский",
    ]);
    const refused = h.fake.calls.filter((c) => !c.ok);
    expect(refused.map((c) => `${c.method}: ${c.description}`)).toEqual([]);
  });
});
