/** Who did something, in words: an admin by name, an official by name, the system. */
import type { Translate } from "../../src/i18n/index.js";

export interface ActorNames {
  admins: Map<number, string>;
  officials: Map<number, string | null>;
}

/** "admin:3" → the admin's name; "official:12" → "Official: name"; "system" → "System". */
export function actorLabel(t: Translate, actor: string, names: ActorNames): string {
  if (actor === "system") return t("audit-actor-system");
  const [kind, raw] = actor.split(":");
  const id = Number(raw);
  if (kind === "admin") return names.admins.get(id) ?? t("audit-actor-unknown", { actor });
  if (kind === "official") {
    if (!names.officials.has(id)) return t("audit-actor-unknown", { actor });
    return t("audit-actor-official", { name: names.officials.get(id) || `#${id}` });
  }
  return actor;
}
