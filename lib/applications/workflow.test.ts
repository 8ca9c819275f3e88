import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, canTransition, holdsCommitment, isEditable, targetOf, transitionsFrom, type ApplicationTransition } from "./workflow";

describe("application workflow", () => {
  it("runs the whole lifecycle 下書き → 確定", () => {
    const path: [ApplicationTransition, string][] = [
      ["submit", "SUBMITTED"],
      ["return", "RETURNED"],
      ["resubmit", "RESUBMITTED"],
      ["decide", "DECIDED"],
      ["request_change", "CHANGE_REQUESTED"],
      ["approve_change", "DECIDED"],
      ["report", "REPORTED"],
      ["confirm", "CONFIRMED"],
    ];
    let status: (typeof APPLICATION_STATUSES)[number] = "DRAFT";
    for (const [t, to] of path) {
      expect(canTransition(status, t)).toBe(true);
      status = targetOf(t);
      expect(status).toBe(to);
    }
    expect(transitionsFrom(status)).toEqual([]);
  });

  it("refuses illegal transitions", () => {
    expect(canTransition("DRAFT", "decide")).toBe(false);
    expect(canTransition("RETURNED", "decide")).toBe(false);
    expect(canTransition("SUBMITTED", "confirm")).toBe(false);
    expect(canTransition("DECIDED", "reject")).toBe(false);
    expect(canTransition("REPORTED", "withdraw")).toBe(false);
    expect(canTransition("CONFIRMED", "withdraw")).toBe(false);
    expect(canTransition("SUBMITTED", "submit")).toBe(false);
    for (const s of ["WITHDRAWN", "REJECTED", "CONFIRMED"] as const) expect(transitionsFrom(s)).toEqual([]);
  });

  it("gives each transition to one side only", () => {
    expect(canTransition("SUBMITTED", "decide", "applicant")).toBe(false);
    expect(canTransition("SUBMITTED", "decide", "office")).toBe(true);
    expect(canTransition("DRAFT", "submit", "office")).toBe(false);
    expect(canTransition("DECIDED", "report", "office")).toBe(false);
    expect(transitionsFrom("SUBMITTED", "applicant")).toEqual(["withdraw"]);
    expect(transitionsFrom("SUBMITTED", "office").sort()).toEqual(["decide", "reject", "return"]);
  });

  it("lets the applicant edit only drafts and returned applications", () => {
    expect(APPLICATION_STATUSES.filter(isEditable)).toEqual(["DRAFT", "RETURNED"]);
    expect(APPLICATION_STATUSES.filter(holdsCommitment)).toEqual(["DECIDED", "CHANGE_REQUESTED", "REPORTED"]);
  });
});
