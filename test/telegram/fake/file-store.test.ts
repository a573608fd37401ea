/** Fake Bot API: uploads, downloads and user files (file-store.ts). */
import { InputFile } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { apiError, closeAll, keyboard, setup, USER } from "./setup.js";

afterEach(closeAll);

describe("files", () => {
  it("sendDocument multipart round-trips bytes; getFile + download", async () => {
    const { api, fake } = await setup();
    const bytes = new Uint8Array(Array.from({ length: 3000 }, (_, i) => i % 256));
    const sent = await api.sendDocument(USER, new InputFile(bytes, "Отчёт 2025.pdf"), {
      caption: "<b>Отчёт</b>",
      parse_mode: "HTML",
      reply_markup: keyboard("ack"),
    });
    expect(sent.document).toMatchObject({
      file_name: "Отчёт 2025.pdf",
      mime_type: "application/pdf",
      file_size: 3000,
    });
    expect(sent.caption).toBe("Отчёт");
    const stored = fake.lastMessage(USER);
    expect(stored?.document?.content).toEqual(bytes);
    expect(stored?.reply_markup).toEqual(keyboard("ack"));
    expect(fake.calls.at(-1)?.params).toMatchObject({ chat_id: USER, parse_mode: "HTML" });

    const file = await api.getFile(sent.document?.file_id ?? "");
    const res = await fetch(`${fake.apiRoot}/file/bot${fake.token}/${file.file_path}`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);

    // resend by file_id
    const again = await api.sendDocument(USER, sent.document?.file_id ?? "");
    expect(again.document?.file_id).toBe(sent.document?.file_id);
    await expect(api.sendDocument(USER, "no-such-id")).rejects.toEqual(
      apiError(400, "Bad Request: wrong file identifier/HTTP URL specified"),
    );
  });

  it("a user's document can be fetched; files over 20 MB → file is too big", async () => {
    const { api, fake } = await setup();
    const docs: Update[] = [];
    fake.onUpdate = (u) => {
      docs.push(u);
    };
    const content = new TextEncoder().encode("name;score\nЦОН;5\n");
    await fake.sendDocument(USER, { file_name: "scores.csv", mime_type: "text/csv", content });
    const doc = docs[0]?.message?.document;
    expect(doc).toMatchObject({
      file_name: "scores.csv",
      mime_type: "text/csv",
      file_size: content.length,
    });
    const file = await api.getFile(doc?.file_id ?? "");
    const res = await fetch(`${fake.apiRoot}/file/bot${fake.token}/${file.file_path}`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(content);

    const limit = 20 * 1024 * 1024;
    await fake.sendDocument(USER, {
      file_name: "ok.pdf",
      mime_type: "application/pdf",
      content,
      file_size: limit,
    });
    await fake.sendDocument(USER, {
      file_name: "big.pdf",
      mime_type: "application/pdf",
      content,
      file_size: limit + 1,
    });
    await api.getFile(docs[1]?.message?.document?.file_id ?? "");
    await expect(api.getFile(docs[2]?.message?.document?.file_id ?? "")).rejects.toEqual(
      apiError(400, "Bad Request: file is too big"),
    );
    const missing = await fetch(`${fake.apiRoot}/file/bot${fake.token}/documents/nope.pdf`);
    expect(missing.status).toBe(404);
  });

  it("user photo, sticker and voice messages carry file objects", async () => {
    const { fake } = await setup();
    const seen: Update[] = [];
    fake.onUpdate = (u) => {
      seen.push(u);
    };
    await fake.sendPhoto(USER);
    await fake.sendSticker(USER);
    await fake.sendVoice(USER);
    expect(seen[0]?.message?.photo?.[0]?.file_id).toBeTruthy();
    expect(seen[1]?.message?.sticker?.type).toBe("regular");
    expect(seen[2]?.message?.voice?.mime_type).toBe("audio/ogg");
  });
});
