/**
 * Files known to the fake server: uploaded by the bot (multipart), referenced by URL, or sent by
 * users. Each gets a file_id and a file_path served at /file/bot<token>/<file_path>.
 */
import { badRequest } from "./errors.js";
import { guessMime } from "./telegram-objects.js";
import type { MediaKind, StoredFile } from "./types.js";
import { type FileParam, isFileParam } from "./validate.js";

export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private seq = 0;

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  getByPath(filePath: string): StoredFile | undefined {
    return this.byPath.get(filePath);
  }

  add(
    kind: MediaKind,
    fileName: string | undefined,
    mimeType: string | undefined,
    content: Uint8Array,
    fileSize = content.length,
  ): StoredFile {
    const n = ++this.seq;
    const ext = /\.([a-zA-Z0-9]{1,8})$/.exec(fileName ?? "")?.[1] ?? "dat";
    const file: StoredFile = {
      file_id: `FAKE${kind.toUpperCase()}${n}${Buffer.from(String(n * 7919)).toString("base64url")}`,
      file_unique_id: `U${n}`,
      file_path: `${kind}s/file_${n}.${ext}`,
      file_size: fileSize,
      ...(fileName !== undefined ? { file_name: fileName } : {}),
      ...(mimeType !== undefined ? { mime_type: mimeType } : {}),
      content,
    };
    this.byId.set(file.file_id, file);
    this.byPath.set(file.file_path, file);
    return file;
  }

  /** The file for an InputFile|String parameter: an upload, a known file_id or an HTTP URL. */
  fromParam(value: unknown, kind: MediaKind): StoredFile {
    const param: FileParam | undefined = isFileParam(value)
      ? value
      : typeof value === "string"
        ? { kind: "ref", value }
        : undefined;
    if (!param) throw badRequest(`${kind} is required`);
    if (param.kind === "upload") {
      const { filename, contentType, content } = param.part;
      return this.add(kind, filename, guessMime(filename, contentType), content);
    }
    const known = this.byId.get(param.value);
    if (known) return known;
    if (/^https?:\/\//.test(param.value)) {
      const name = decodeURIComponent(new URL(param.value).pathname.split("/").pop() || "file");
      return this.add(kind, name, guessMime(name), new Uint8Array());
    }
    throw badRequest("wrong file identifier/HTTP URL specified");
  }
}
