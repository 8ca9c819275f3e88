import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canActOnDesignation, canEditTargets, designationReadScope } from "./policy";

const user = (role: "PREFECTURE_ADMIN" | "PREFECTURE_STAFF" | "HEALTH_CENTER" | "APPLICANT" | "VIEWER", healthCenterId: number | null = null): Actor => ({
  kind: "user", userId: "u", displayName: "u", prefectureId: 1, role, organisationId: null, healthCenterId,
});

describe("designation policy", () => {
  it("lets a 保健所 propose, note, coordinate and withdraw in regions it leads, never designate", () => {
    const hc = user("HEALTH_CENTER", 7);
    expect(canActOnDesignation(hc, "note", { prefectureId: 1, ledByActor: true })).toBe(true);
    expect(canActOnDesignation(hc, "withdraw", { prefectureId: 1, ledByActor: true })).toBe(true);
    expect(canActOnDesignation(hc, "designate", { prefectureId: 1, ledByActor: true })).toBe(false);
    expect(canActOnDesignation(hc, "note", { prefectureId: 1, ledByActor: false })).toBe(false);
    expect(canActOnDesignation(user("PREFECTURE_STAFF"), "revoke", { prefectureId: 1, ledByActor: false })).toBe(true);
    expect(canActOnDesignation(user("PREFECTURE_STAFF"), "revoke", { prefectureId: 2, ledByActor: false })).toBe(false);
    expect(canActOnDesignation(user("VIEWER"), "note", { prefectureId: 1, ledByActor: true })).toBe(false);
  });

  it("scopes reads: 本庁 all, 保健所 published or led, others published only", () => {
    expect(designationReadScope(user("PREFECTURE_ADMIN"), 1, "2026-11-24")).toEqual({ prefectureId: 1 });
    expect(JSON.stringify(designationReadScope(user("HEALTH_CENTER", 7), 1, "2026-11-24"))).toContain('"healthCenterId":7');
    expect(designationReadScope(user("VIEWER"), 1, "2026-11-24")).toMatchObject({ prefectureId: 1, status: { in: ["DESIGNATED", "REVOKED", "EXPIRED"] } });
    expect(designationReadScope(user("PREFECTURE_ADMIN"), 2, "2026-11-24")).toEqual({ id: -1 });
  });

  it("keeps targets to 本庁管理者", () => {
    expect(canEditTargets(user("PREFECTURE_ADMIN"), 1)).toBe(true);
    expect(canEditTargets(user("PREFECTURE_STAFF"), 1)).toBe(false);
  });
});
