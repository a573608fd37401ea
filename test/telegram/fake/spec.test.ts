/**
 * The compact Bot API description the fake validates against (src/telegram/bot-api-methods.json)
 * must equal a fresh derivation from the full spec vendored in vendor/telegram-bot-api-spec/
 * (see SOURCE.md there). Both files are in the repository, so this runs in every clone.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compactBotApiSpec,
  DEFAULT_OUT_PATH,
  DEFAULT_SPEC_PATH,
} from "../../../scripts/compact-bot-api-spec.js";

describe("compact spec", () => {
  it("src/telegram/bot-api-methods.json is derived from the vendored spec unchanged", () => {
    const derived = compactBotApiSpec(readFileSync(DEFAULT_SPEC_PATH, "utf8"));
    expect(readFileSync(DEFAULT_OUT_PATH, "utf8")).toBe(derived);
  });
});
