import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ActorScope } from "@/lib/health-centers/scope";
import { canReadReport, canReviewReport, canWriteReport, mayOpenReports } from "./policy";

const user = (role: string, extra: Partial<Extract<Actor, { kind: "user" }>> = {}): Actor =>
  ({ kind: "user", userId: "u", displayName: "u", prefectureId: 1, role, organisationId: null, healthCenterId: null, ...extra }) as Actor;
const hcScope: ActorScope = { kind: "health_center", healthCenterId: 7, writeRegionIds: [10], readRegionIds: [10, 11], municipalityIds: [] };
const none: ActorScope = { kind: "none" };
const report = (regionId: number, status: "DRAFT" | "APPROVED" = "DRAFT") => ({ prefectureId: 1, regionId, status });

describe("who reads, writes and reviews reports", () => {
  it("lets the lead 保健所 write, its jurisdiction read, and nobody else in", () => {
    const hc = user("HEALTH_CENTER", { healthCenterId: 7 });
    expect([canWriteReport(hc, hcScope, report(10)), canReadReport(hc, hcScope, report(10))]).toEqual([true, true]);
    expect([canWriteReport(hc, hcScope, report(11)), canReadReport(hc, hcScope, report(11))]).toEqual([false, true]);
    expect(canReadReport(hc, hcScope, report(12))).toBe(false);
    expect(canReadReport(hc, hcScope, { ...report(10), prefectureId: 2 })).toBe(false);
  });

  it("lets 本庁 read and review but not write; the 支援センター read approved ones; applicants nothing", () => {
    const staff = user("PREFECTURE_STAFF");
    const prefecture: ActorScope = { kind: "prefecture", prefectureId: 1 };
    expect([canReadReport(staff, prefecture, report(12)), canWriteReport(staff, prefecture, report(12)), canReviewReport(staff, report(12))]).toEqual([true, false, true]);
    const viewer = user("VIEWER");
    expect([canReadReport(viewer, none, report(12)), canReadReport(viewer, none, report(12, "APPROVED"))]).toEqual([false, true]);
    const applicant = user("APPLICANT", { organisationId: 3 });
    expect([mayOpenReports(applicant), canReadReport(applicant, none, report(12, "APPROVED"))]).toEqual([false, false]);
    expect(mayOpenReports(user("HEALTH_CENTER"))).toBe(false);
    expect(mayOpenReports({ kind: "public" })).toBe(false);
  });
});
