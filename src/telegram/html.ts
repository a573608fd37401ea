/** Telegram HTML needs only these three escaped; user text goes through here, always. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Telegram's limit on a message's text, counted after entity parsing. */
export const MESSAGE_LIMIT = 4096;

/**
 * Splits HTML blocks (each self-contained: no tag spans two blocks) into
 * messages under the limit, joining blocks with blank lines. The visible length
 * is counted without tags and with entities decoded, as Telegram counts it.
 */
export function packBlocks(blocks: string[], limit = MESSAGE_LIMIT): string[] {
  const out: string[] = [];
  let cur = "";
  let curLen = 0;
  for (const block of blocks) {
    const len = visibleLength(block);
    const sep = cur ? 2 : 0;
    if (cur && curLen + sep + len > limit) {
      out.push(cur);
      cur = "";
      curLen = 0;
    }
    if (len > limit) throw new Error(`block of ${len} characters exceeds the message limit`);
    cur = cur ? `${cur}\n\n${block}` : block;
    curLen += (curLen ? 2 : 0) + len;
  }
  if (cur) out.push(cur);
  return out;
}

export function visibleLength(html: string): number {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot);/g, "_")
    .replace(/&#x?[0-9a-f]+;/gi, "_").length;
}
