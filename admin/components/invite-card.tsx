/** A Telegram invitation as shown once after creating it: the code, the deep link, the QR code. */
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { useT } from "./request.js";

export function InviteCard(props: { code: string; link: string; qrSvg: string; children?: Child }) {
  const t = useT();
  return (
    <>
      <p>{t("admin-invite-how")}</p>
      <p class="code">
        <code>{props.code}</code>
      </p>
      <p>
        <a href={props.link}>{props.link}</a>
      </p>
      <div class="qr">{raw(props.qrSvg)}</div>
      {props.children}
    </>
  );
}
