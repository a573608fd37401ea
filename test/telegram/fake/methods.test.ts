/**
 * Fake Bot API: commands, menu button, injected faults, other spec methods (methods.ts,
 * server.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, rawCall, setup, USER } from "./setup.js";

afterEach(closeAll);

describe("commands, menu button, faults", () => {
  it("setMyCommands is stored per language and scope", async () => {
    const { api, fake } = await setup();
    await api.setMyCommands([{ command: "start", description: "Начать" }], { language_code: "ru" });
    await api.setMyCommands([{ command: "start", description: "Бастау" }], { language_code: "kk" });
    await api.setMyCommands([{ command: "stats", description: "Stats" }], {
      scope: { type: "chat", chat_id: USER },
    });
    expect(fake.commands("ru")).toEqual([{ command: "start", description: "Начать" }]);
    expect(fake.commands("kk")?.[0]?.description).toBe("Бастау");
    expect(fake.commands()).toEqual([]);
    expect(fake.commands(undefined, { type: "chat", chat_id: USER })).toHaveLength(1);
    expect(await api.getMyCommands({ language_code: "ru" })).toEqual(fake.commands("ru"));
    await api.deleteMyCommands({ language_code: "ru" });
    expect(fake.commands("ru")).toEqual([]);
    await expect(api.setMyCommands([{ command: "Bad-Command", description: "x" }])).rejects.toEqual(
      apiError(400, "Bad Request: BOT_COMMAND_INVALID"),
    );
    await api.setChatMenuButton({ menu_button: { type: "commands" } });
    expect(fake.menuButton()).toEqual({ type: "commands" });
  });

  it("setFault injects errors for the next N calls of a method", async () => {
    const { api, fake } = await setup();
    fake.setFault("sendMessage", { error_code: 500, description: "Internal Server Error" }, 2);
    await expect(api.sendMessage(USER, "a")).rejects.toEqual(
      apiError(500, "Internal Server Error"),
    );
    await expect(api.sendMessage(USER, "a")).rejects.toEqual(
      apiError(500, "Internal Server Error"),
    );
    await api.sendMessage(USER, "a");
    fake.setFault("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      retry_after: 7,
    });
    await expect(api.sendMessage(USER, "b")).rejects.toMatchObject({
      error_code: 429,
      parameters: { retry_after: 7 },
    });
    fake.setFault("getMe", { error_code: 502, description: "Bad Gateway" }, 5);
    fake.setFault("getMe", null);
    await api.getMe();
    expect(fake.messages(USER).map((m) => m.text)).toEqual(["a"]);
    expect(fake.calls.filter((c) => !c.ok).map((c) => c.errorCode)).toEqual([500, 500, 429]);
  });

  it("other spec methods are validated and return true", async () => {
    const { api, fake } = await setup();
    expect(await api.setMyDescription("Отзывы о госуслугах")).toBe(true);
    const r = await rawCall(fake, "setMyDescription", { description: 1 });
    expect(r.status).toBe(400);
  });
});
