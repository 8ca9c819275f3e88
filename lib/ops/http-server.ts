// The thin Node server around Next's request handler. It owns the socket, so it knows the peer
// address; it passes it on in a header it sets itself after removing any incoming copy.
import http from "node:http";
import type { Socket } from "node:net";
import next from "next";
import { configuredTileUrl } from "../geography/tile-url";
import { applySecurityHeaders, tileOriginOf, type SecurityOptions } from "../http/security-headers";
import { repoRoot } from "./paths";
import { stampPeerAddress } from "./peer-address";

export interface PortalServer {
  server: http.Server;
  /** Stops accepting, lets requests in flight finish (up to graceMs), then closes Next. */
  close(graceMs: number): Promise<void>;
}

export async function startPortalServer(options: { dev: boolean; host: string; port: number; baseUrl: string }): Promise<PortalServer> {
  const app = next({ dev: options.dev, dir: repoRoot, hostname: options.host, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Every response carries the security headers (lib/http/security-headers.ts, ADR 0015).
  const security: SecurityOptions = { baseUrl: options.baseUrl, dev: options.dev, tileOrigin: tileOriginOf(configuredTileUrl()) };

  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    stampPeerAddress(req);
    applySecurityHeaders(req, res, security);
    handle(req, res).catch((err: unknown) => {
      console.error("リクエスト処理中のエラー", err);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("サーバーでエラーが発生しました。");
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  return {
    server,
    async close(graceMs: number) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await app.close?.();
    },
  };
}

/** Resolves when `port` on `host` can be bound; rejects with EADDRINUSE otherwise. */
export function checkPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.once("error", reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
