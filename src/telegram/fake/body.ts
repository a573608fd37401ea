/**
 * Parses a Bot API request the way Telegram accepts it: query string, `application/json`,
 * `application/x-www-form-urlencoded` and `multipart/form-data` (own parser, because grammY writes
 * parts like `content-disposition:form-data;name="x";filename=report.pdf` with an unquoted
 * filename). Values that arrived as strings from a form or the query are listed in `formKeys` so
 * validation can coerce "42" / "true" / JSON-serialized objects by the declared type.
 */
import { badRequest } from "./errors.js";

export interface UploadedPart {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface ParsedBody {
  fields: Record<string, unknown>;
  /** keys whose value is a raw string from a form / query string */
  formKeys: Set<string>;
  /** multipart file parts by part name */
  files: Map<string, UploadedPart>;
}

export async function parseRequestBody(req: Request): Promise<ParsedBody> {
  const fields: Record<string, unknown> = {};
  const formKeys = new Set<string>();
  const files = new Map<string, UploadedPart>();
  for (const [k, v] of new URL(req.url).searchParams) {
    fields[k] = v;
    formKeys.add(k);
  }
  if (req.method === "GET" || req.method === "HEAD") return { fields, formKeys, files };
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const raw = Buffer.from(await req.arrayBuffer());
  if (raw.length === 0) return { fields, formKeys, files };
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(
      req.headers.get("content-type") ?? "",
    );
    const b = boundary?.[1] ?? boundary?.[2];
    if (!b) throw badRequest("multipart/form-data without boundary");
    for (const part of parseMultipart(raw, b)) {
      if (part.filename !== undefined) {
        files.set(part.name, {
          filename: part.filename,
          contentType: part.contentType ?? "application/octet-stream",
          content: new Uint8Array(part.body),
        });
      } else {
        fields[part.name] = part.body.toString("utf8");
        formKeys.add(part.name);
      }
    }
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(raw.toString("utf8"))) {
      fields[k] = v;
      formKeys.add(k);
    }
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON request body");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw badRequest("request body must be a JSON object");
    }
    for (const [k, v] of Object.entries(parsed)) {
      fields[k] = v;
      formKeys.delete(k);
    }
  }
  for (const [k, v] of Object.entries(fields)) if (v === null) delete fields[k];
  return { fields, formKeys, files };
}

interface RawPart {
  name: string;
  filename?: string;
  contentType?: string;
  body: Buffer;
}

function parseMultipart(buf: Buffer, boundary: string): RawPart[] {
  const delim = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  const parts: RawPart[] = [];
  let pos = buf.indexOf(delim);
  if (pos < 0) throw badRequest("can't parse multipart/form-data body");
  pos += delim.length;
  for (;;) {
    if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) break; // closing "--"
    if (buf[pos] === 0x0d && buf[pos + 1] === 0x0a) pos += 2;
    const headerEnd = buf.indexOf("\r\n\r\n", pos);
    if (headerEnd < 0) throw badRequest("can't parse multipart/form-data part headers");
    const end = buf.indexOf(next, headerEnd + 4);
    if (end < 0) throw badRequest("multipart/form-data body is truncated");
    const headers = buf.subarray(pos, headerEnd).toString("utf8").split("\r\n");
    let name: string | undefined;
    let filename: string | undefined;
    let contentType: string | undefined;
    for (const line of headers) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === "content-disposition") {
        name = dispositionParam(value, "name");
        filename = dispositionParam(value, "filename");
      } else if (key === "content-type") {
        contentType = value;
      }
    }
    if (name === undefined) throw badRequest("multipart/form-data part without a name");
    parts.push({ name, filename, contentType, body: buf.subarray(headerEnd + 4, end) });
    pos = end + next.length;
  }
  return parts;
}

function dispositionParam(value: string, param: string): string | undefined {
  const re = new RegExp(`(?:^|;)\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;]*))`, "i");
  const m = re.exec(value);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? "").trim();
}
