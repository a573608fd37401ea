/** An admin's one-time login code, sent to their linked Telegram. */
import { LOGIN_CODE_TTL_MINUTES } from "../domain/codes.js";
import type { Locale } from "../domain/vocabulary.js";
import { translator } from "../i18n/index.js";
import type { NotificationDeps } from "./deps.js";
import type { Delivery } from "./notifier.js";

export async function loginCode(
  deps: NotificationDeps,
  admin: { telegramId: number; locale: Locale },
  code: string,
): Promise<Delivery> {
  const text = translator(deps.i18n, admin.locale)("login-code", {
    code,
    minutes: LOGIN_CODE_TTL_MINUTES,
  });
  return deps.notifier.send(admin.telegramId, { text, parseMode: "HTML" });
}
