/**
 * Who is knocking, for the login rate limit. The TCP peer, unless it is a proxy named in
 * TRUST_PROXY: then X-Forwarded-For is read from the right (each proxy appends the address it
 * saw) and the first address that is not a trusted proxy is the client. Anything to its left
 * was written by the client and is ignored, so a forged header never buys a fresh budget.
 */
import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** Matches the trusted proxies of TRUST_PROXY ("loopback", addresses, CIDR blocks). */
export function trustedProxies(entries: readonly string[]): (address: string) => boolean {
  if (!entries.length) return () => false;
  const list = new BlockList();
  for (const e of entries) {
    if (e === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [ip = "", bits] = e.split("/");
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
  };
}

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) → "10.0.0.1". */
function plain(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m?.[1] ?? address;
}

function peerOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() without a socket
  }
}

/** The client's address: the peer, or the right-most untrusted hop behind trusted proxies. */
export function clientAddress(c: Context, trusted: (address: string) => boolean): string {
  const peer = peerOf(c);
  if (!peer) return "local";
  const hops = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((x) => plain(x.trim()))
    .filter(Boolean);
  const chain = [...hops, plain(peer)];
  let i = chain.length - 1;
  while (i > 0 && trusted(chain[i] ?? "")) i--;
  return chain[i] ?? "local";
}
