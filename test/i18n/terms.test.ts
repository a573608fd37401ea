/**
 * One term per concept (locales/terms.md, data in locales/terms.json): no locale may use a
 * forbidden variant, in its source text or rendered with representative values.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/domain/vocabulary.js";
import { createI18n } from "../../src/i18n/index.js";
import { readMessages } from "./ftl.js";
import { sampleVars, VARIANTS } from "./samples.js";

interface Forbidden {
  locale: Locale | "*";
  pattern: string;
  use: string;
  why: string;
  keys?: string[];
  except?: string[];
}
interface Terms {
  concepts: { concept: string; ru: string; kk: string; source: string }[];
  forbidden: Forbidden[];
}

const terms = JSON.parse(readFileSync("locales/terms.json", "utf8")) as Terms;
const i18n = createI18n({ strict: true });

function texts(locale: Locale): { key: string; text: string }[] {
  return readMessages(locale).flatMap((m) => {
    const out = [{ key: m.key, text: m.source }];
    for (let v = 0; v < VARIANTS; v++)
      out.push({ key: m.key, text: i18n.t(locale, m.key, sampleVars(m.key, m.vars, locale, v)) });
    return out;
  });
}

describe("terminology", () => {
  for (const locale of LOCALES) {
    it(`${locale} uses no forbidden variant`, () => {
      const all = texts(locale);
      const found: string[] = [];
      for (const rule of terms.forbidden) {
        if (rule.locale !== "*" && rule.locale !== locale) continue;
        const re = new RegExp(rule.pattern, "mu");
        for (const { key, text } of all) {
          if (rule.keys && !rule.keys.includes(key)) continue;
          if (rule.except?.includes(key)) continue;
          if (re.test(text)) found.push(`${key}: /${rule.pattern}/ → ${rule.use} (${rule.why})`);
        }
      }
      expect([...new Set(found)]).toEqual([]);
    });
  }

  it("every rule is a valid pattern and each would catch the variant it names", () => {
    for (const rule of terms.forbidden) expect(() => new RegExp(rule.pattern, "mu")).not.toThrow();
    const catches = (pattern: string, s: string) => new RegExp(pattern, "mu").test(s);
    const byPattern = (p: string) => terms.forbidden.find((f) => f.pattern.includes(p))!.pattern;
    expect(catches(byPattern("г\\.\\."), "до 30 апреля 2026 г..")).toBe(true);
    expect(catches(byPattern("ж\\."), "2026 ж. 30 сәуір")).toBe(true);
    expect(catches(byPattern("үктеу"), "XLSX жүктеу")).toBe(true);
    expect(catches(byPattern("үктеу"), "XLSX жүктеп алу")).toBe(false);
    expect(catches(byPattern("член комиссии"), "роль «член комиссии»")).toBe(true);
    expect(catches(byPattern("член комиссии"), "роль «член Комиссии»")).toBe(false);
    expect(catches(byPattern("сұрақтың"), "14 сұрақтың 5 толтырылды")).toBe(true);
    expect(catches(byPattern("сұрақтың"), "сұрақтың астындағы батырма")).toBe(false);
    expect(catches(byPattern("сайын"), "әр N жұмыс күні сайын")).toBe(true);
  });

  it("terms.md lists every concept of terms.json", () => {
    const md = readFileSync("locales/terms.md", "utf8");
    for (const c of terms.concepts) {
      expect(md, c.concept).toContain(c.ru);
      expect(md, c.concept).toContain(c.kk);
    }
  });

  it("the admin panel answers with locale keys, never with English literals", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
      });
    const bad = files("admin").flatMap((f) =>
      [
        ...readFileSync(f, "utf8").matchAll(/\bc\.(?:text|html)\(\s*["'`]([A-Z][A-Za-z :]+)["'`]/g),
      ].map((m) => `${f}: ${m[1]}`),
    );
    expect(bad).toEqual([]);
  });
});
