/**
 * Sizes of a ZIP (an XLSX) checked before any parser inflates it: a 300 KB file can hold a
 * 300 MB shared string, and exceljs would build all of it in memory. The central directory is
 * read by hand (a few fixed-offset fields; a library would inflate first), every entry is then
 * inflated with `maxOutputLength` so a directory that lies about sizes is caught too.
 */
import { inflateRawSync } from "node:zlib";

export class ZipLimitError extends Error {
  constructor(readonly reason: "too-large" | "corrupt") {
    super(`zip ${reason}`);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Entry name → its inflated bytes; throws ZipLimitError above `maxTotal` uncompressed bytes. */
export function inflateBounded(bytes: Uint8Array, maxTotal: number): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record: 22 bytes plus a comment of up to 64 KB
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipLimitError("corrupt");
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 (sizes of 4 GB and more): never a spreadsheet this panel imports
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipLimitError("too-large");
  const entries: { name: string; method: number; csize: number; size: number; local: number }[] =
    [];
  let declared = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipLimitError("corrupt");
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    if (size === 0xffffffff || csize === 0xffffffff) throw new ZipLimitError("too-large");
    declared += size;
    if (declared > maxTotal) throw new ZipLimitError("too-large");
    entries.push({ name, method, csize, size, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  const out = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== LOCAL) {
      throw new ZipLimitError("corrupt");
    }
    const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
    const data = buf.subarray(start, start + e.csize);
    if (e.method === 0) {
      if (e.csize !== e.size) throw new ZipLimitError("corrupt");
      out.set(e.name, data);
    } else if (e.method === 8) {
      try {
        // one byte more than declared: a lying directory overflows and is refused
        const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
        if (inflated.length !== e.size) throw new ZipLimitError("corrupt");
        out.set(e.name, inflated);
      } catch (err) {
        if (err instanceof ZipLimitError) throw err;
        throw new ZipLimitError(err instanceof RangeError ? "too-large" : "corrupt");
      }
    } else {
      throw new ZipLimitError("corrupt");
    }
  }
  return out;
}
