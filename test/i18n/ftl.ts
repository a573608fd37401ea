/** Reading the Fluent files as the tests need them: keys, their variables, their source text. */
import { readFileSync } from "node:fs";
import type { Locale } from "../../src/domain/vocabulary.js";

export const LOCALE_FILES: Readonly<Record<Locale, string>> = {
  kk: "locales/kk.ftl",
  ru: "locales/ru.ftl",
};

export interface FtlMessage {
  key: string;
  /** the source text after "=" with its continuation lines */
  source: string;
  /** variables the text uses, in order of appearance */
  vars: string[];
}

export function readMessages(locale: Locale): FtlMessage[] {
  const out: FtlMessage[] = [];
  let current: FtlMessage | undefined;
  for (const line of readFileSync(LOCALE_FILES[locale], "utf8").split("\n")) {
    const head = /^([a-zA-Z][\w-]*)\s*=\s?(.*)$/.exec(line);
    if (head) {
      current = { key: head[1]!, source: head[2]!, vars: [] };
      out.push(current);
    } else if (current && /^\s/.test(line)) {
      current.source += `\n${line.trim()}`;
    } else {
      current = undefined;
      continue;
    }
    for (const m of line.matchAll(/\$([a-zA-Z][\w-]*)/g))
      if (!current.vars.includes(m[1]!)) current.vars.push(m[1]!);
  }
  return out;
}
