/** The playground's chat transcript with the bot (also served alone for polling) and its page. */
import type { FakeBotApi } from "../../../src/telegram/fake-bot-api.js";
import { PostForm } from "../../components/forms.js";
import { useT } from "../../components/request.js";

type Entry = ReturnType<FakeBotApi["transcript"]>[number];

/** `readOnly`: an admin's own chat, shown to them without buttons to press. */
export function Chat(props: { uid: number; entries: Entry[]; readOnly?: boolean }) {
  const t = useT();
  const { uid, entries } = props;
  if (entries.length === 0) return <p class="muted">{t("admin-playground-empty")}</p>;
  return (
    <ol class="chat" data-count={String(entries.length)}>
      {entries.map((e) => {
        if (e.from === "user") {
          if (e.deleted) return null;
          return (
            <li class="msg user">
              <span class="pre">{e.message.text ?? e.message.caption ?? "📎"}</span>
            </li>
          );
        }
        const m = e.message;
        if (m.deleted) return null;
        const rows = m.reply_markup?.inline_keyboard ?? [];
        return (
          <li class="msg bot">
            <span class="pre">{m.text ?? m.caption ?? ""}</span>
            {m.document ? <span class="file">📄 {m.document.file_name ?? "file"}</span> : null}
            {rows.length ? (
              <div class="kbd">
                {rows.map((row) => (
                  <div class="kbd-row">
                    {row.map((b) =>
                      "callback_data" in b && b.callback_data && !props.readOnly ? (
                        <PostForm action={`/playground/${uid}/press`} class="inline">
                          <input type="hidden" name="messageId" value={String(m.message_id)} />
                          <input type="hidden" name="data" value={b.callback_data} />
                          <button type="submit" class="secondary">
                            {b.text}
                          </button>
                        </PostForm>
                      ) : "url" in b && b.url ? (
                        <a href={b.url} class="button secondary">
                          {b.text}
                        </a>
                      ) : (
                        <button type="button" disabled>
                          {b.text}
                        </button>
                      ),
                    )}
                  </div>
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function SendText(props: { uid: number; text: string }) {
  return (
    <PostForm action={`/playground/${props.uid}/send`} class="inline">
      <input type="hidden" name="text" value={props.text} />
      <button type="submit" class="link">
        {props.text}
      </button>
    </PostForm>
  );
}

export function ChatPage(props: { uid: number; entries: Entry[]; readOnly?: boolean }) {
  const t = useT();
  const { uid } = props;
  if (props.readOnly) {
    return (
      <section class="phone">
        <div id="chat" data-poll={`/playground/${uid}/chat`}>
          <Chat uid={uid} entries={props.entries} readOnly />
        </div>
        <p class="actions">
          <a href="/playground">{t("admin-back")}</a>
        </p>
      </section>
    );
  }
  return (
    <section class="phone">
      <div id="chat" data-poll={`/playground/${uid}/chat`}>
        <Chat uid={uid} entries={props.entries} />
      </div>
      <PostForm action={`/playground/${uid}/send`} class="send">
        <input
          name="text"
          aria-label={t("admin-playground-message")}
          placeholder={t("admin-playground-message")}
          autocomplete="off"
          required
          autofocus
        />
        <button type="submit">{t("admin-playground-send")}</button>
      </PostForm>
      <p class="actions">
        <SendText uid={uid} text="/start" />
        <SendText uid={uid} text="/help" />
        <a href="/playground">{t("admin-back")}</a>
      </p>
    </section>
  );
}
