import { describe, expect, it } from "vitest";
import { InvalidTokenError, NotFoundError, TooManyRequestsError, UnauthenticatedError } from "@/lib/errors";
import { responseForError } from "./errors";

describe("responseForError", () => {
  it("answers a throttled call 429 with Retry-After in whole seconds and the one error shape", async () => {
    const res = responseForError(new TooManyRequestsError("14時05分以降に、もう一度お試しください。", 89.2), "test");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("90");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: { code: "too_many_requests", message: "14時05分以降に、もう一度お試しください。" } });
  });

  it("sends no Retry-After with other errors", () => {
    const res = responseForError(new NotFoundError(), "test");
    expect(res.status).toBe(404);
    expect(res.headers.get("retry-after")).toBeNull();
  });

  it("answers a refused Bearer token 401 with WWW-Authenticate naming invalid_token (RFC 6750)", async () => {
    const res = responseForError(new InvalidTokenError(), "test");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    const body = await res.json();
    expect(body.error.code).toBe("invalid_token");
    expect(body.error.message).toMatch(/API トークン/);
  });

  it("names the Bearer scheme on any other 401", () => {
    const res = responseForError(new UnauthenticatedError(), "test");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe("Bearer");
  });
});
