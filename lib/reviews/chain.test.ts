import { describe, expect, it } from "vitest";
import { actOnChain, currentPosition, type ChainState } from "./chain";
import { ApprovalStepsSchema } from "./schema";

const steps = ApprovalStepsSchema.parse([
  { label: "担当", roles: ["PREFECTURE_STAFF", "PREFECTURE_ADMIN"] },
  { label: "係長", roles: ["PREFECTURE_ADMIN"] },
  { label: "課長", userIds: ["00000000-0000-4000-8000-000000000003"] },
]);
const fresh: ChainState = { steps, status: "IN_PROGRESS", actions: [] };
const staff = { userId: "00000000-0000-4000-8000-000000000001", role: "PREFECTURE_STAFF" };
const admin = { userId: "00000000-0000-4000-8000-000000000002", role: "PREFECTURE_ADMIN" };
const chief = { userId: "00000000-0000-4000-8000-000000000003", role: "PREFECTURE_ADMIN" };

describe("決裁 chain", () => {
  it("completes only when the last step approves", () => {
    const a = actOnChain(fresh, staff, "APPROVE");
    expect(a.ok && !a.completed && currentPosition(a.state)).toBe(2);
    if (!a.ok) throw new Error();
    const b = actOnChain(a.state, admin, "APPROVE");
    expect(b.ok && b.completed).toBe(false);
    if (!b.ok) throw new Error();
    const c = actOnChain(b.state, chief, "APPROVE");
    expect(c.ok && c.completed).toBe(true);
    if (!c.ok) throw new Error();
    expect(c.state.status).toBe("APPROVED");
    expect(actOnChain(c.state, chief, "APPROVE")).toEqual({ ok: false, reason: "closed" });
  });

  it("refuses the same person approving twice in one chain", () => {
    const a = actOnChain(fresh, admin, "APPROVE");
    if (!a.ok) throw new Error();
    expect(actOnChain(a.state, admin, "APPROVE")).toEqual({ ok: false, reason: "approved-twice" });
  });

  it("refuses someone the step does not name", () => {
    expect(actOnChain(fresh, { userId: "x", role: "HEALTH_CENTER" }, "APPROVE")).toEqual({ ok: false, reason: "not-your-step" });
    const a = actOnChain(fresh, staff, "APPROVE");
    if (!a.ok) throw new Error();
    const b = actOnChain(a.state, admin, "APPROVE");
    if (!b.ok) throw new Error();
    // 課長 names a user: another 本庁管理者 may not act on it.
    expect(actOnChain(b.state, { userId: "other", role: "PREFECTURE_ADMIN" }, "APPROVE")).toEqual({ ok: false, reason: "not-your-step" });
  });

  it("a return ends the chain without a decision", () => {
    const a = actOnChain(fresh, staff, "APPROVE");
    if (!a.ok) throw new Error();
    const r = actOnChain(a.state, admin, "RETURN");
    expect(r.ok && r.state.status).toBe("RETURNED");
    expect(r.ok && r.completed).toBe(false);
    if (!r.ok) throw new Error();
    expect(currentPosition(r.state)).toBeNull();
  });

  it("accepts one to three steps, each naming a role or users", () => {
    expect(ApprovalStepsSchema.safeParse([]).success).toBe(false);
    expect(ApprovalStepsSchema.safeParse([...steps, steps[0]]).success).toBe(false);
    expect(ApprovalStepsSchema.safeParse([{ label: "担当" }]).success).toBe(false);
    expect(ApprovalStepsSchema.safeParse([{ label: "担当", roles: ["APPLICANT"] }]).success).toBe(false);
  });
});
