// The thin Node server around Next's request handler. It owns the socket, so it knows the peer
// address; it passes it on in a header it sets itself after removing any incoming copy.
import http from "node:http";
import type { Socket } from "node:net";
import next from "next";
import { configuredTileUrl } from "../geography/tile-url";
import { applySecurityHeaders, tileOriginOf, type SecurityOptions } from "../http/security-headers";
import { expirePublicCachesLocally, onPublicCachesExpired, publicCacheProcessId } from "../public-cache/expiry";
import { repoRoot } from "./paths";
import { listenForPublicChanges } from "./public-cache-channel";
import { PublicHtmlCache } from "./public-html-cache";
import { stampPeerAddress } from "./peer-address";
import { forgetRequest, runWithRequest, type RequestContext } from "./request-context";
import { logRequest, offerRequestIdCookie, stampRequestId, writeLog } from "./request-log";

export interface PortalServer {
  server: http.Server;
  /**
   * Graceful stop within `deadlineMs`: /api/ready answers 503 at once while the server keeps
   * listening and serving for `listenMs` (load balancers take it out) and until the requests in
   * flight have finished; then it stops accepting, closes Next and the database pool. Connections
   * still open a second before the deadline are cut.
   */
  drain(options: { deadlineMs: number; listenMs: number }): Promise<void>;
}

const DRAINING_BODY = JSON.stringify({
  status: "draining",
  error: { code: "draining", message: "このサーバーは停止処理中です。別のサーバーに接続してください。" },
});

export async function startPortalServer(options: { dev: boolean; host: string; port: number; baseUrl: string }): Promise<PortalServer> {
  const app = next({ dev: options.dev, dir: repoRoot, hostname: options.host, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Every response carries the security headers (lib/http/security-headers.ts, ADR 0015).
  const security: SecurityOptions = { baseUrl: options.baseUrl, dev: options.dev, tileOrigin: tileOriginOf(configuredTileUrl()) };
  const secureCookies = options.baseUrl.startsWith("https:");
  // Finished HTML of public pages for visitors not signed in (ADR 0033); not in development, where
  // the code changes under it. Off until this process listens for other processes' writes.
  const htmlCache = options.dev ? null : new PublicHtmlCache();
  htmlCache?.setEnabled(false);
  const stopExpiring = onPublicCachesExpired(() => htmlCache?.invalidate());
  const channel = process.env.DATABASE_URL
    ? listenForPublicChanges(process.env.DATABASE_URL, {
        onChange: (sender) => sender !== publicCacheProcessId() && expirePublicCachesLocally(),
        onConnected: (connected) => htmlCache?.setEnabled(connected),
      })
    : null;

  const sockets = new Set<Socket>();
  let draining = false;
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  const server = http.createServer((req, res) => {
    stampPeerAddress(req);
    const requestId = stampRequestId(req, res);
    const context: RequestContext = { requestId, errors: [] };
    logRequest(req, res, context, () => forgetRequest(requestId));
    inFlight++;
    res.on("close", () => {
      inFlight--;
      if (inFlight === 0) onIdle?.();
    });
    if (draining) {
      // Keep-alive connections end after this response, so clients reconnect to another instance.
      res.setHeader("connection", "close");
      if (req.url === "/api/ready" || req.url?.startsWith("/api/ready?")) {
        res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(DRAINING_BODY);
        return;
      }
    }
    offerRequestIdCookie(req, res, requestId, secureCookies);
    // A kept page carries the security headers it was first answered with (the static policy).
    const cacheKey = draining ? null : (htmlCache?.keyFor(req) ?? null);
    if (cacheKey !== null && htmlCache!.serve(cacheKey, res)) return;
    applySecurityHeaders(req, res, security);
    if (cacheKey !== null) htmlCache!.capture(cacheKey, res);
    runWithRequest(context, () => handle(req, res)).catch((err: unknown) => {
      writeLog({ level: "error", msg: "unhandled", requestId, error: err instanceof Error ? err.stack : String(err) });
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`サーバーでエラーが発生しました。お問い合わせ番号: ${requestId}`);
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
    async drain({ deadlineMs, listenMs }) {
      const deadline = Date.now() + deadlineMs;
      draining = true;
      await sleep(Math.min(listenMs, Math.max(0, deadlineMs - 2_000)));
      // Requests of the last moment (the one in flight when the signal came included) finish.
      if (inFlight > 0) {
        await Promise.race([new Promise<void>((resolve) => (onIdle = resolve)), sleep(Math.max(0, deadline - Date.now() - 1_500))]);
      }
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - Date.now() - 1_000));
      await closed;
      clearTimeout(timer);
      stopExpiring();
      await channel?.stop();
      await app.close?.();
      await closeDatabasePool();
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The app's Prisma client (lib/db.ts) lives on globalThis of this process; close its pool. */
async function closeDatabasePool() {
  const holder = globalThis as unknown as { portalDb?: { $disconnect(): Promise<void> } };
  await holder.portalDb?.$disconnect().catch(() => {});
  holder.portalDb = undefined;
}

/** Resolves when `port` on `host` can be bound; rejects with EADDRINUSE otherwise. */
export function checkPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.once("error", reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
