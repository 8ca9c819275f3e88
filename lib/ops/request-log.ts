// Structured logs (ADR 0026): one JSON line per request on stdout, with a request id. The id comes
// from X-Request-Id only when the peer is a trusted proxy (PORTAL_TRUSTED_PROXIES) and it looks
// like an id; otherwise it is generated. It is passed on to the app (the same header, overwritten)
// and answered in X-Request-Id, so nginx's log, the portal's log and a user's report meet.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddress, trustedProxies } from "../http/client-address";
import { isCacheable, isPageRequest, requestIdCookie } from "../http/request-reference";
import { PEER_HEADER } from "./peer-address";
import type { RequestContext } from "./request-context";

export const REQUEST_ID_HEADER = "x-request-id";
const ID_SHAPE = /^[A-Za-z0-9._:-]{8,128}$/;

/** Chooses the request's id and stamps it on the request (for the app) and the response. */
export function stampRequestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const peer = req.socket.remoteAddress ?? "";
  const trusted = typeof incoming === "string" && ID_SHAPE.test(incoming) && trustedProxies().has(peer);
  const id = trusted ? (incoming as string) : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader("X-Request-Id", id);
  return id;
}

/**
 * Page loads, navigations and server actions whose response is not cacheable also get the id in a
 * cookie an error page reads (lib/http/request-reference.ts, ADR 0031). Decided when the headers
 * are written, when Next has set the response's Cache-Control.
 */
export function offerRequestIdCookie(req: IncomingMessage, res: ServerResponse, id: string, secure: boolean) {
  if (!isPageRequest(req)) return;
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const given = args.find((a): a is Record<string, unknown> => typeof a === "object" && a !== null && !Array.isArray(a));
    const cacheControl = String(given?.["cache-control"] ?? given?.["Cache-Control"] ?? res.getHeader("cache-control") ?? "");
    if (!isCacheable(cacheControl) && !res.headersSent) res.appendHeader("set-cookie", requestIdCookie(id, secure));
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}

export interface LogLine {
  time: string;
  level: "info" | "warn" | "error";
  msg: string;
  [key: string]: unknown;
}

export function writeLog(line: Omit<LogLine, "time">) {
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...line }) + "\n");
}

/** Logs the request once its response has ended (or the client went away). */
export function logRequest(req: IncomingMessage, res: ServerResponse, context: RequestContext, onClose?: () => void) {
  const id = context.requestId;
  const started = process.hrtime.bigint();
  // The path without its query string: queries may carry tokens or personal search terms.
  const path = (req.url ?? "").split("?")[0];
  res.once("close", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const headers = { get: (n: string) => (n === PEER_HEADER ? (req.headers[PEER_HEADER] as string) : ((req.headers[n] as string | undefined) ?? null)) };
    writeLog({
      level: res.statusCode >= 500 ? "error" : "info",
      msg: "request",
      requestId: id,
      method: req.method,
      path,
      status: res.writableFinished ? res.statusCode : 499,
      durationMs: Math.round(ms * 10) / 10,
      // Which server process answered (several share the port, ADR 0034).
      pid: process.pid,
      client: clientAddress(headers),
      userAgent: req.headers["user-agent"]?.slice(0, 200),
      // Errors of this request (Next's onRequestError, route handlers' 500s): what support looks for.
      ...(context.errors.length ? { errors: context.errors } : {}),
    });
    onClose?.();
  });
}
