/**
 * Whether a file's bytes are what its name and type say: a renamed image or executable is not
 * an explanatory note or a process diagram. Checked on the signatures the formats begin with.
 */
const ascii = (s: string) => Array.from(s, (ch) => ch.charCodeAt(0));
const PDF = ascii("%PDF-");
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // DOC (Compound File)
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // DOCX, ODT and VSDX are ZIP packages
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** True when `bytes` contain `needle` (the ZIP's entry names are plain ASCII). */
function includes(bytes: Uint8Array, needle: string): boolean {
  const n = ascii(needle);
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

export function contentMatchesType(mime: string, bytes: Uint8Array): boolean {
  switch (mime) {
    case "application/pdf":
      return startsWith(bytes, PDF);
    case "application/msword":
      return startsWith(bytes, OLE);
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return startsWith(bytes, ZIP) && includes(bytes, "word/");
    case "application/vnd.oasis.opendocument.text":
      // ODF puts an uncompressed "mimetype" entry first: its content names the format
      return startsWith(bytes, ZIP) && includes(bytes, "application/vnd.oasis.opendocument.text");
    case "application/vnd.ms-visio.drawing":
      return startsWith(bytes, ZIP) && includes(bytes, "visio/");
    case "image/png":
      return startsWith(bytes, PNG);
    default:
      return false;
  }
}
