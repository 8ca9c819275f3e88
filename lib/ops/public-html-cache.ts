// Finished HTML of public pages for visitors who are not signed in (ADR 0033). The portal's
// server (http-server.ts) asks `lookup` before handing a request to Next: a hit is answered from
// memory; a miss goes to Next and, when the answer qualifies, its bytes are kept for the next
// visitor. What may be kept:
//  - pages listed in CACHED_PAGES (their data is read through the public-page data cache, whose
//    every write calls revalidatePublicPages — lib/public-cache/cache.ts), fetched as a document
//    (GET; no RSC, prefetch, server-action or bench header) by a browser without a session cookie;
//  - answers 200 with HTML that set no cookie other than the request id's.
// The key is the full URL, the Accept-Encoding (Next compresses) and today's date in Japan (a page
// "as of today" moves on at midnight). Entries expire after `ttlMs` (the same bound as the data
// cache) and on `invalidate()`, which the server calls when public data changes in this process or,
// through PostgreSQL NOTIFY (public-cache-channel.ts), in another (lib/public-cache/expiry.ts). An
// answer rendered while an invalidation happened is not kept (it may hold the old data). Memory is
// bounded by `maxBytes`, least recently used first; one page may take at most a quarter of it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { REQUEST_ID_COOKIE } from "../http/request-reference";

export const CACHED_PAGES: readonly RegExp[] = [/^\/regions\/[^/]+\/?$/];

/** Response headers the server sets per request, never replayed from the cache. */
const PER_REQUEST = new Set(["set-cookie", "x-request-id", "date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-portal-cache"]);
/** Request headers that ask Next for something other than the page's document. */
const NOT_A_DOCUMENT = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url", "x-portal-bench"];
/** Today in Japan ("YYYY-MM-DD"); one formatter for the process (building one per call is slow). */
const japanDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" });
const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-|__Secure-)?authjs\.session-token(?:\.\d+)?=/;

interface Entry {
  headers: [string, number | string | string[]][];
  body: Buffer;
  expiresAt: number;
}

export interface PublicHtmlCacheOptions {
  /** Entries live at most this long (default: PUBLIC_CACHE_SECONDS, 300 s). */
  ttlMs?: number;
  /** Bound on the bytes kept (default: PUBLIC_HTML_CACHE_MB, 64 MiB). */
  maxBytes?: number;
  now?: () => number;
  today?: () => string;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  invalidations: number;
}

export class PublicHtmlCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generation = 0;
  private enabled = true;
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private readonly today: () => string;
  readonly stats = { hits: 0, misses: 0, invalidations: 0 };

  constructor(options: PublicHtmlCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? Number(process.env.PUBLIC_CACHE_SECONDS ?? 300) * 1000;
    this.maxBytes = options.maxBytes ?? Number(process.env.PUBLIC_HTML_CACHE_MB ?? 64) * 1024 * 1024;
    this.now = options.now ?? Date.now;
    this.today = options.today ?? (() => japanDay.format(new Date()));
  }

  /** The cache key of a request that may be answered from the cache, or null. */
  keyFor(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
    if (!this.enabled || this.ttlMs <= 0 || req.method !== "GET" || !req.url) return null;
    const path = req.url.split("?")[0];
    if (!CACHED_PAGES.some((re) => re.test(path)) || req.url.includes("_rsc=")) return null;
    if (NOT_A_DOCUMENT.some((h) => req.headers[h] !== undefined)) return null;
    if (SESSION_COOKIE.test(String(req.headers.cookie ?? ""))) return null;
    return `${this.today()}\n${String(req.headers["accept-encoding"] ?? "")}\n${req.url}`;
  }

  /** Answers `res` from the cache when it holds `key`; false otherwise (the request goes on to Next). */
  serve(key: string, res: ServerResponse): boolean {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= this.now()) {
      if (entry) this.drop(key, entry);
      this.stats.misses++;
      return false;
    }
    // Most recently used last: eviction takes the first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("content-length", entry.body.length);
    res.setHeader("x-portal-cache", "hit");
    res.writeHead(200);
    res.end(entry.body);
    return true;
  }

  /** Watches Next's answer to `res` and keeps it under `key` if it qualifies. */
  capture(key: string, res: ServerResponse): void {
    const generation = this.generation;
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buf = Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
      size += buf.length;
      if (size > this.maxBytes / 4) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(buf);
    };
    const write = res.write;
    const end = res.end;
    res.setHeader("x-portal-cache", "miss");
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof res.write;
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as typeof res.end;
    res.once("finish", () => {
      if (tooLarge || generation !== this.generation || !this.enabled || res.statusCode !== 200) return;
      if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
      const cookies = [res.getHeader("set-cookie") ?? []].flat().map(String);
      if (cookies.some((c) => !c.replace(/^__Host-/, "").startsWith(`${REQUEST_ID_COOKIE}=`))) return;
      const headers = Object.entries(res.getHeaders()).filter((h): h is [string, number | string | string[]] => h[1] !== undefined && !PER_REQUEST.has(h[0]));
      this.store(key, { headers, body: Buffer.concat(chunks), expiresAt: this.now() + this.ttlMs });
    });
  }

  /** Forgets every entry; answers being rendered now are not kept. */
  invalidate(): void {
    this.generation++;
    this.stats.invalidations++;
    this.entries.clear();
    this.bytes = 0;
  }

  /**
   * Off while this instance cannot hear other instances' writes (its NOTIFY listener is
   * reconnecting): serving kept pages then could show data another instance has changed.
   */
  setEnabled(enabled: boolean): void {
    if (!enabled) this.invalidate();
    this.enabled = enabled;
  }

  get size(): CacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.stats };
  }

  private store(key: string, entry: Entry) {
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(k, e);
    }
  }

  private drop(key: string, entry: Entry) {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}
