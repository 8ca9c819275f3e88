// The HTML cache in front of Next (ADR 0033), with a real HTTP server whose "Next" is a small
// handler that counts renders: what is kept, what is never kept, and when it is forgotten.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PublicHtmlCache } from "./public-html-cache";

let clock = 1_000_000;
let today = "2026-11-24";
const cache = new PublicHtmlCache({ ttlMs: 60_000, maxBytes: 64 * 1024, now: () => clock, today: () => today });
let renders = 0;
let version = "v1";
let server: http.Server;
let base: string;

/** Stands in for Next: streams a page in two chunks; some paths answer otherwise. */
function next(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/regions/missing") {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    return res.end("<p>見つかりません</p>");
  }
  if (url.pathname === "/regions/cookie") res.setHeader("set-cookie", "other=1; Path=/");
  if (url.pathname === "/regions/gzip") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", vary: "Accept-Encoding" });
    return res.end(gzipSync(`<p>${version}</p>`));
  }
  if (url.pathname === "/regions/big") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    return res.end("x".repeat(20 * 1024));
  }
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.write(`<html><body><p>${url.pathname}${url.search} `);
  setTimeout(() => res.end(`${version} 日本語</p></body></html>`), 5);
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.setHeader("x-request-id", "req-1");
    const key = cache.keyFor(req);
    if (key !== null) {
      if (cache.serve(key, res)) return;
      cache.capture(key, res);
    }
    next(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  cache.invalidate();
  cache.setEnabled(true);
  renders = 0;
  version = "v1";
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } });
  return { status: res.status, text: await res.text(), cache: res.headers.get("x-portal-cache"), headers: res.headers };
}

describe("PublicHtmlCache", () => {
  it("answers the second anonymous load of a region page from memory, byte for byte", async () => {
    const first = await get("/regions/0105");
    const second = await get("/regions/0105");
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.text).toBe(first.text);
    expect(second.text).toContain("v1 日本語");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("cache-control")).toContain("no-store");
    expect(second.headers.get("x-request-id")).toBe("req-1"); // set per request, not replayed
    expect(renders).toBe(1);
  });

  it("keys by the whole URL, the accepted encoding and today's date", async () => {
    await get("/regions/0105");
    await get("/regions/0105?asOf=2025-04-01");
    await get("/regions/0105", { "accept-encoding": "gzip" });
    expect(renders).toBe(3);
    today = "2026-11-25";
    expect((await get("/regions/0105")).cache).toBe("miss");
    today = "2026-11-24";
    expect((await get("/regions/0105?asOf=2025-04-01")).text).toContain("?asOf=2025-04-01");
  });

  it("replays a compressed answer with its headers", async () => {
    await get("/regions/gzip", { "accept-encoding": "gzip" });
    const hit = await get("/regions/gzip", { "accept-encoding": "gzip" });
    expect(hit.cache).toBe("hit");
    expect(hit.text).toBe("<p>v1</p>"); // fetch decompresses: the stored bytes were the gzip stream
    expect(hit.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("forgets everything on invalidate, and does not keep a page rendered across one", async () => {
    await get("/regions/0105");
    version = "v2";
    cache.invalidate();
    expect((await get("/regions/0105")).text).toContain("v2");
    // An invalidation while the page is being rendered: the answer is sent but not kept.
    const pending = get("/regions/0106");
    await new Promise((r) => setTimeout(r, 2));
    cache.invalidate();
    await pending;
    expect((await get("/regions/0106")).cache).toBe("miss");
    expect((await get("/regions/0106")).cache).toBe("hit");
  });

  it("lets entries expire after the time bound", async () => {
    await get("/regions/0105");
    clock += 60_001;
    expect((await get("/regions/0105")).cache).toBe("miss");
  });

  it("never serves or keeps signed-in, navigation, prefetch, action or bench requests, nor other pages", async () => {
    const cases: [string, Record<string, string>][] = [
      ["/regions/0105", { cookie: "authjs.session-token=abc" }],
      ["/regions/0105", { cookie: "x=1; __Host-authjs.session-token=abc" }],
      ["/regions/0105", { cookie: "__Host-authjs.session-token.0=abc" }],
      ["/regions/0105", { rsc: "1" }],
      ["/regions/0105", { "next-router-prefetch": "1" }],
      ["/regions/0105", { "next-action": "abc" }],
      ["/regions/0105", { "x-portal-bench": "uncached" }],
      ["/regions/0105?_rsc=xyz", {}],
      ["/regions", {}],
      ["/admin/regions/0105", {}],
      ["/regions/0105/edit", {}],
    ];
    for (const [path, headers] of cases) {
      await get(path, headers);
      expect((await get(path, headers)).cache, `${path} ${JSON.stringify(headers)}`).toBeNull();
    }
    // Other cookies (the request id's, a consent cookie) do not matter.
    await get("/regions/0105", { cookie: "portal-request-id=abcdefgh1234" });
    expect((await get("/regions/0105", { cookie: "portal-request-id=abcdefgh1234" })).cache).toBe("hit");
  });

  it("keeps only 200 HTML answers that set no cookie of their own, and none larger than its share", async () => {
    for (const path of ["/regions/missing", "/regions/cookie", "/regions/big"]) {
      await get(path);
      expect((await get(path)).cache, path).toBe("miss");
    }
    expect(cache.size.entries).toBe(0);
  });

  it("stays within its memory bound, dropping the least recently used", () => {
    const small = new PublicHtmlCache({ ttlMs: 60_000, maxBytes: 400, now: () => clock, today: () => today });
    const fakeRes = () => new http.ServerResponse(new http.IncomingMessage(null as never));
    const keep = (key: string, body: string) => {
      const res = fakeRes();
      res.setHeader("content-type", "text/html");
      small.capture(key, res);
      res.end(body);
      res.emit("finish");
    };
    for (const key of ["a", "b", "c", "d"]) keep(key, key.repeat(90));
    expect(small.size).toMatchObject({ entries: 4, bytes: 360 });
    expect(small.serve("a", fakeRes())).toBe(true); // a is now the most recently used
    keep("e", "e".repeat(90));
    expect(small.size).toMatchObject({ entries: 4, bytes: 360 });
    expect(small.serve("b", fakeRes())).toBe(false);
    expect(small.serve("a", fakeRes())).toBe(true);
    keep("f", "f".repeat(101)); // over a quarter of the bound: not kept
    expect(small.serve("f", fakeRes())).toBe(false);
  });

  it("is off while disabled (its channel to other processes is down)", async () => {
    cache.setEnabled(false);
    await get("/regions/0105");
    expect((await get("/regions/0105")).cache).toBeNull();
    cache.setEnabled(true);
    await get("/regions/0105");
    expect((await get("/regions/0105")).cache).toBe("hit");
  });
});
