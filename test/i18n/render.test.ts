/**
 * Every message of both locales rendered through the product's own i18n with representative
 * values (test/i18n/samples.ts) and checked for what a reader would notice: doubled or misplaced
 * punctuation, placeholders left in the text, English words, inline buttons too long to show.
 */
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/domain/vocabulary.js";
import { createI18n } from "../../src/i18n/index.js";
import { readMessages } from "./ftl.js";
import { sampleVars, VARIANTS } from "./samples.js";

const i18n = createI18n({ strict: true });

/** Inline-keyboard labels: Telegram truncates long ones on phones. */
const BUTTON_PREFIXES = ["btn-", "choice-", "unit-", "rmbot-btn-"];
const BUTTON_KEYS = new Set(["remind-open", "rmbot-open"]);
const BUTTON_MAX = 30;

/** Latin words a reader may see: product names, file types, commands, the setup's env name. */
const LATIN_ALLOWED = new Set([
  "Telegram",
  "ID",
  "QR",
  "PDF",
  "DOC",
  "DOCX",
  "ODT",
  "VSDX",
  "PNG",
  "XLSX",
  "CSV",
  "UTF",
  "Ctrl",
  "Cmd",
  "Start",
  "start",
  "language",
  "help",
  "BOT_TOKEN",
  "registry_code",
  // the command that makes a new setup link: npm run setup-link
  "npm",
  "run",
  "setup",
  "link",
  "ABCD",
  "EFGH",
  "JK",
  "N",
]);

function isButton(key: string): boolean {
  return BUTTON_KEYS.has(key) || BUTTON_PREFIXES.some((p) => key.startsWith(p));
}

/** The visible text: tags out, sample values that are Latin by nature (links, column names) masked. */
function visible(text: string, vars: Record<string, string | number>): string {
  let s = text.replace(/<[^>]+>/g, "");
  for (const v of ["link", "columns"])
    if (typeof vars[v] === "string") s = s.replaceAll(vars[v], "§");
  return s;
}

const rendered: { locale: Locale; key: string; variant: number; text: string; shown: string }[] =
  [];
for (const locale of LOCALES) {
  for (const m of readMessages(locale)) {
    for (let variant = 0; variant < VARIANTS; variant++) {
      const vars = sampleVars(m.key, m.vars, locale, variant);
      const text = i18n.t(locale, m.key, vars);
      rendered.push({ locale, key: m.key, variant, text, shown: visible(text, vars) });
      if (m.vars.length === 0) break;
    }
  }
}

function offenders(check: (r: (typeof rendered)[number]) => boolean): string[] {
  return [...new Set(rendered.filter(check).map((r) => `${r.locale}:${r.key}: ${r.text}`))];
}

describe("every message rendered in kk and ru", () => {
  it("renders all keys of both files", () => {
    expect(rendered.length).toBeGreaterThan(2 * 500);
  });

  it("leaves no placeholder or Fluent syntax unreplaced", () => {
    expect(offenders((r) => /[{}]|\$[a-z]/i.test(r.text))).toEqual([]);
  });

  it("has no doubled punctuation", () => {
    // ".." (but not "..."), ",,", ";;", "::", ",.", "?.", "!.", ":." and "г.." after a date;
    // ".," and ".:" stay legal after an abbreviation ("30 апреля 2026 г., 10:00", "2025 г.: 12")
    const doubled = /(?<!\.)\.\.(?!\.)|,,|;;|::|,\.|[?!]\.|:\./;
    expect(offenders((r) => doubled.test(r.shown))).toEqual([]);
  });

  it("puts no space before a comma, full stop, colon or question mark, and no double spaces", () => {
    expect(
      offenders((r) => / [,.:;?!](?!\S*\d)/.test(r.shown) || /\S {2,}\S/.test(r.shown)),
    ).toEqual([]);
  });

  it("never writes a date ICU's way or follows a Russian date with another full stop", () => {
    expect(offenders((r) => /\d ж\. \d/.test(r.text) || /г\.\./.test(r.text))).toEqual([]);
  });

  it("shows no Latin words outside the allow-list", () => {
    const bad = rendered.flatMap((r) =>
      [...r.shown.matchAll(/(?<![\p{L}\d_])[A-Za-z][A-Za-z_]*(?![\p{L}\d_])/gu)]
        .map((m) => m[0])
        .filter((w) => !LATIN_ALLOWED.has(w))
        .map((w) => `${r.locale}:${r.key}: ${w}`),
    );
    expect([...new Set(bad)]).toEqual([]);
  });

  it("mixes no Latin look-alike letters into Cyrillic words", () => {
    const mixed = /\p{Script=Cyrillic}[A-Za-z]|[A-Za-z]\p{Script=Cyrillic}/u;
    expect(offenders((r) => mixed.test(r.shown))).toEqual([]);
  });

  it(`keeps inline-button labels within ${BUTTON_MAX} characters`, () => {
    const long = rendered
      .filter((r) => isButton(r.key) && [...r.text].length > BUTTON_MAX)
      .map((r) => `${r.locale}:${r.key}: ${r.text} (${[...r.text].length})`);
    expect(long).toEqual([]);
  });

  it("glues no Kazakh case ending to a placeholder", () => {
    // "{ $n }-сі" or "{ $n }ге": the ending depends on how the number is read (vowel harmony).
    // An ordinal followed by a noun ("{ $no }-тармақ") is a separate word and fine.
    const glued = readMessages("kk").filter(
      (m) =>
        /\}\p{L}/u.test(m.source) ||
        [...m.source.matchAll(/\}-(\p{L}+)/gu)].some((x) => x[1]!.length <= 3),
    );
    expect(glued.map((m) => `${m.key}: ${m.source}`)).toEqual([]);
  });

  it("never puts a case-governing postposition right after a Kazakh date", () => {
    // "{ $date } бастап" needs an ablative the formatted date cannot take
    const bad = readMessages("kk").filter((m) =>
      /\{ \$(date|due|today) \} (бастап|дейін|кейін|бұрын)/u.test(m.source),
    );
    expect(bad.map((m) => `${m.key}: ${m.source}`)).toEqual([]);
  });
});
