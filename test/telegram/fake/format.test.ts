/** Fake Bot API: text and caption limits and HTML parse_mode (format.ts, html.ts). */
import { GrammyError, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, setup, USER } from "./setup.js";

afterEach(closeAll);

describe("message text limits and HTML", () => {
  it("too long text → 400, counted after HTML parsing", async () => {
    const { api } = await setup();
    await expect(api.sendMessage(USER, "x".repeat(4097))).rejects.toEqual(
      apiError(400, "Bad Request: message is too long"),
    );
    const ok = await api.sendMessage(USER, `<b>${"x".repeat(4090)}</b>&amp;&lt;`, {
      parse_mode: "HTML",
    });
    expect(ok.text).toHaveLength(4092);
  });

  it("empty text → 400", async () => {
    const { api } = await setup();
    await expect(api.sendMessage(USER, "")).rejects.toEqual(
      apiError(400, "Bad Request: message text is empty"),
    );
    await expect(api.sendMessage(USER, "<b> </b>", { parse_mode: "HTML" })).rejects.toEqual(
      apiError(400, "Bad Request: message text is empty"),
    );
  });

  it("caption longer than 1024 → 400", async () => {
    const { api } = await setup();
    const doc = new InputFile(new Uint8Array([1, 2, 3]), "a.txt");
    await expect(api.sendDocument(USER, doc, { caption: "c".repeat(1025) })).rejects.toEqual(
      apiError(400, "Bad Request: message caption is too long"),
    );
  });

  it("HTML parse errors → 400 can't parse entities at byte offset N", async () => {
    const { api, fake } = await setup();
    const cases: Array<[string, string]> = [
      ["<b>x", `Can't find end tag corresponding to start tag "b" at byte offset 0`],
      ["a < b", `Unsupported start tag "" at byte offset 2`],
      ["привет <script>", `Unsupported start tag "script" at byte offset 13`],
      ["<b>x</i>", `Unmatched end tag, expected "</b>", found "</i>" at byte offset 4`],
      ["x & y", `character "&" must be escaped as "&amp;" at byte offset 2`],
      ['<span class="x">y</span>', `Tag "span" must have class "tg-spoiler" at byte offset 0`],
    ];
    for (const [html, reason] of cases) {
      const err = await api
        .sendMessage(USER, html, { parse_mode: "HTML" })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GrammyError);
      expect(err).toMatchObject({
        error_code: 400,
        description: `Bad Request: can't parse entities: ${reason}`,
      });
    }
    await expect(api.sendMessage(USER, "*x*", { parse_mode: "MarkdownV2" })).rejects.toEqual(
      apiError(400, /MarkdownV2 is not supported by the fake/),
    );
    expect(fake.messages(USER)).toHaveLength(0);
  });

  it("escaped HTML is accepted and produces UTF-16 entities", async () => {
    const { api, fake } = await setup();
    const html =
      '🙂 <b>Жалоба</b> &lt;3 &amp; <i>ok</i> <a href="https://egov.kz/?a=1&amp;b=2">сайт</a>\n' +
      '<pre><code class="language-ts">const x = 1;</code></pre><code>c</code> ' +
      '<span class="tg-spoiler">s</span> <blockquote expandable>q</blockquote> &#8470;&#x41;';
    const sent = await api.sendMessage(USER, html, { parse_mode: "HTML" });
    expect(sent.text).toBe("🙂 Жалоба <3 & ok сайт\nconst x = 1;c s q №A");
    expect(sent.entities).toEqual([
      { type: "bold", offset: 3, length: 6 },
      { type: "italic", offset: 15, length: 2 },
      { type: "text_link", offset: 18, length: 4, url: "https://egov.kz/?a=1&b=2" },
      { type: "pre", offset: 23, length: 12, language: "ts" },
      { type: "code", offset: 35, length: 1 },
      { type: "spoiler", offset: 37, length: 1 },
      { type: "expandable_blockquote", offset: 39, length: 1 },
    ]);
    expect(fake.lastMessage(USER)).toMatchObject({
      rawText: html,
      parse_mode: "HTML",
      entities: sent.entities,
    });
  });
});
