import { afterEach, describe, expect, it, vi } from "vitest";

const KEY = Symbol.for("portal.publicCacheExpiry");
const fresh = async () => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
  vi.resetModules();
  return import("./expiry");
};
afterEach(() => vi.useRealTimers());

describe("the public-cache generation", () => {
  it("starts where no earlier process's could be (Next's data cache outlives the process)", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-24T04:00:00Z") });
    const first = (await fresh()).publicGeneration();
    vi.setSystemTime(new Date("2026-11-24T04:00:01Z"));
    const restarted = (await fresh()).publicGeneration();
    expect(first).not.toBe(0);
    expect(restarted).not.toBe(first);
  });

  it("moves on every expiry and tells the listeners", async () => {
    const expiry = await fresh();
    const listener = vi.fn();
    expiry.onPublicCachesExpired(listener);
    const before = expiry.publicGeneration();
    expiry.expirePublicCachesLocally();
    expect(expiry.publicGeneration()).toBe(before + 1);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
