import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { stampRequestId } from "./request-log";

function fake(peer: string, id?: string) {
  const req = { headers: id ? { "x-request-id": id } : {}, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
  const headers: Record<string, string> = {};
  const res = { setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = v) } as unknown as ServerResponse;
  return { req, res, headers };
}

afterEach(() => {
  delete process.env.PORTAL_TRUSTED_PROXIES;
});

describe("stampRequestId", () => {
  it("generates an id when the peer is not a trusted proxy, overwriting what the client sent", () => {
    const { req, res, headers } = fake("203.0.113.9", "client-chosen-id-123");
    const id = stampRequestId(req, res);
    expect(id).not.toBe("client-chosen-id-123");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(req.headers["x-request-id"]).toBe(id);
    expect(headers["x-request-id"]).toBe(id);
  });

  it("keeps the id a trusted proxy passes on, if it looks like one", () => {
    process.env.PORTAL_TRUSTED_PROXIES = "127.0.0.1";
    expect(stampRequestId(fake("127.0.0.1", "0123456789abcdef0123456789abcdef").req, fake("127.0.0.1").res)).toBe("0123456789abcdef0123456789abcdef");
    // One that does not look like an id is replaced by a fresh one.
    const replaced = stampRequestId(fake("127.0.0.1", "bad id\nwith newline").req, fake("127.0.0.1").res);
    expect(replaced).not.toContain("\n");
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });
});
