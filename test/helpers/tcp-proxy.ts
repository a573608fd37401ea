/**
 * A loopback TCP proxy in front of a server (the PostgreSQL server in tests and the bench):
 * `cut()` drops every connection and refuses new ones (the database is "down" for whoever
 * connects through it), `restore()` lets them through again. Nothing else is affected, so the
 * shared test server is never stopped.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** `url` with its host and port replaced by the proxy's */
  through(url: string): string;
  cut(): void;
  restore(): void;
  readonly down: boolean;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let down = false;
  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    through(url) {
      const u = new URL(url);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      return u.toString();
    },
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      down = false;
    },
    get down() {
      return down;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** The proxy in front of the server named by a postgres:// URL. */
export function startDatabaseProxy(url: string): Promise<TcpProxy> {
  const u = new URL(url);
  return startTcpProxy({ host: u.hostname, port: Number(u.port || 5432) });
}
