import { describe, expect, inject, it } from "vitest";

const base = inject("portalUrl");

describe("health endpoints", () => {
  it("GET /api/health answers 200 {status: ok}", async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toContain("no-store");
  });

  it("GET /api/ready answers 200 while the database answers", async () => {
    const res = await fetch(`${base}/api/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });
});
