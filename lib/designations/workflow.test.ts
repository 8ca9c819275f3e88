import { describe, expect, it } from "vitest";
import { canTransition, periodsOverlap, transitionsFrom } from "./workflow";

describe("designation workflow", () => {
  it("designates candidates and those in coordination, and revokes only designations", () => {
    expect(canTransition("CANDIDATE", "designate")).toBe(true);
    expect(canTransition("COORDINATING", "designate")).toBe(true);
    expect(canTransition("REVOKED", "designate")).toBe(false);
    expect(canTransition("CANDIDATE", "revoke")).toBe(false);
    expect(canTransition("DESIGNATED", "withdraw")).toBe(false);
    expect(transitionsFrom("WITHDRAWN")).toEqual([]);
    expect(transitionsFrom("DESIGNATED")).toEqual(["revoke", "expire", "change"]);
  });

  it("overlaps half-open periods", () => {
    expect(periodsOverlap({ from: "2025-10-01", to: null }, { from: "2026-04-01", to: null })).toBe(true);
    expect(periodsOverlap({ from: "2025-10-01", to: "2026-04-01" }, { from: "2026-04-01", to: null })).toBe(false);
    expect(periodsOverlap({ from: "2026-04-01", to: "2026-05-01" }, { from: "2025-01-01", to: "2026-04-02" })).toBe(true);
  });
});
