// GET /api/v1/budgets: 本庁 reads a 年度's budgets in yen; 保健所 is refused (403), anonymous 401,
// a wrong 年度 is 400 in Japanese.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/budgets/route";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { PEER_HEADER } from "@/lib/ops/peer-address";
import { createUserActor } from "@/tests/factories/users";

const session = vi.hoisted(() => ({ actor: { kind: "public" } as Actor }));
vi.mock("@/lib/auth/current", () => ({ getActor: async () => session.actor, requireUser: async () => session.actor }));

const db = createPrismaClient(process.env.DATABASE_URL!);
let staff: Actor;
let hokenjo: Actor;

beforeAll(async () => {
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  hokenjo = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: (await db.healthCenter.findFirstOrThrow({})).name });
});

async function call(url: string, as: Actor) {
  session.actor = as;
  const res = await GET(new Request(`http://localhost${url}`, { headers: { [PEER_HEADER]: "192.0.2.70" } }));
  return { status: res.status, body: await res.json() };
}

describe("GET /api/v1/budgets", () => {
  it("answers 本庁 with the 令和6年度 budgets in yen", async () => {
    const { status, body } = await call("/api/v1/budgets?fiscalYear=2024", staff);
    expect(status).toBe(200);
    expect(body.fiscalYear).toBe(2024);
    expect(body.data).toHaveLength(11);
    expect(body.data[0]).toMatchObject({ lineCode: "group-practice", lineName: "グループ診療等運営事業", amountYen: 94_420_000, remainingYen: 94_420_000, plannedSites: 16 });
    expect(body.data[0].id).toBeUndefined();
  });

  it("refuses others and names a wrong 年度", async () => {
    expect((await call("/api/v1/budgets", hokenjo)).status).toBe(403);
    expect((await call("/api/v1/budgets", publicActor)).status).toBe(401);
    const bad = await call("/api/v1/budgets?fiscalYear=R6", staff);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("年度");
  });
});
