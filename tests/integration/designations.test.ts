// Designations against a real database: the seeded 十勝医師会, the 保健所's scope (A cannot see or
// change B's candidates, in the domain and over HTTP), the workflow with reasons, one active 拠点
// per region — refused with a clear message, also when two 本庁 users race — and the claims rule.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getDesignationRoute } from "@/app/api/v1/designations/[designationId]/route";
import { GET as listDesignationsRoute } from "@/app/api/v1/designations/route";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { addDesignationAttachment, readDesignationAttachment } from "@/lib/designations/attachments";
import { mayClaimBaseMenu } from "@/lib/designations/claims";
import { designateDesignation, endDesignation } from "@/lib/designations/designate";
import { addDesignationNote, proposeDesignation, startCoordination } from "@/lib/designations/mutations";
import { getDesignation, listDesignations, listPublishedDesignations } from "@/lib/designations/queries";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { PEER_HEADER } from "@/lib/ops/peer-address";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let prefectureId: number;
let orgs: Record<string, number>;
let hcA: Actor;
let hcB: Actor;
let staff: Actor;
let staff2: Actor;

async function lead(regionCode: string, healthCenter: string) {
  const region = await db.homeCareRegion.findUniqueOrThrow({ where: { prefectureId_code: { prefectureId, code: regionCode } } });
  const center = await db.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId, name: healthCenter } } });
  await db.homeCareRegionLead.create({ data: { regionId: region.id, healthCenterId: center.id, validFrom: region.validFrom } });
}

async function org(name: string, extra: { type?: "MEDICAL_ASSOCIATION" | "MUNICIPALITY" | "MEDICAL_CORPORATION"; municipalityCode?: string } = {}) {
  const municipality = extra.municipalityCode ? await db.municipality.findUniqueOrThrow({ where: { code: extra.municipalityCode } }) : null;
  const o = await db.organisation.create({ data: { prefectureId, name, type: extra.type ?? "MEDICAL_CORPORATION", municipalityId: municipality?.id ?? null } });
  return o.id;
}

async function version(id: number) {
  return (await db.designation.findUniqueOrThrow({ where: { id } })).version;
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  await lead("0101", "市立函館保健所");
  await lead("0102", "江差保健所");
  hcA = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "市立函館保健所" });
  hcB = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "江差保健所" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  staff2 = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  orgs = {
    hakodate: await org("函館市医師会（テスト）", { type: "MEDICAL_ASSOCIATION" }),
    clinic: await org("医療法人テスト会"),
    obihiro: await org("帯広市（テスト）", { type: "MUNICIPALITY", municipalityCode: "01207" }),
    hakodateCity: await org("函館市（テスト）", { type: "MUNICIPALITY", municipalityCode: "01202" }),
    none: await org("医療法人指定なし"),
  };
});

describe("the seeded designation", () => {
  it("has 十勝医師会 as the 拠点 of 十勝 since 令和7年10月1日, published", async () => {
    const published = await listPublishedDesignations(publicActor);
    const tokachi = published.find((d) => d.organisation.name === "十勝医師会")!;
    expect(tokachi).toMatchObject({ type: "BASE", status: "DESIGNATED", designatedOn: "2025-10-01", regions: [{ code: "0119", name: "十勝" }] });
  });
});

describe("a 保健所 works only in the regions it leads", () => {
  let candidate: number;

  it("proposes a candidate for its own region, not for another's", async () => {
    candidate = (await proposeDesignation(hcA, prefectureId, { type: "BASE", organisationId: orgs.hakodate, regionCodes: ["0101"], note: "医師会と協議予定" })).id;
    await expect(proposeDesignation(hcA, prefectureId, { type: "BASE", organisationId: orgs.clinic, regionCodes: ["0102"] })).rejects.toThrow(/担当ではありません/);
    await expect(proposeDesignation(publicActor, prefectureId, { type: "BASE", organisationId: orgs.clinic, regionCodes: ["0101"] })).rejects.toThrow(/ログイン/);
  });

  it("hides A's candidate from B, the public and the API, and refuses B's changes as not found", async () => {
    expect((await listDesignations(hcA)).map((d) => d.id)).toContain(candidate);
    expect((await listDesignations(staff)).map((d) => d.id)).toContain(candidate);
    expect((await listDesignations(hcB)).map((d) => d.id)).not.toContain(candidate);
    expect((await listDesignations(publicActor)).map((d) => d.id)).not.toContain(candidate);
    await expect(getDesignation(hcB, candidate)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addDesignationNote(hcB, { designationId: candidate, body: "覗き見" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startCoordination(hcB, { designationId: candidate, expectedVersion: 1, consultationStartedOn: "2026-05-01" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(endDesignation(hcB, { designationId: candidate, expectedVersion: 1, kind: "withdraw", endedOn: "2026-05-01", reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const refusals = await db.auditEntry.count({ where: { action: "authz.denied", entityType: "designation", entityId: String(candidate) } });
    expect(refusals).toBe(4);
  });

  it("lets A keep notes and start coordination, but not designate", async () => {
    await addDesignationNote(hcA, { designationId: candidate, body: "第1回協議を実施" });
    await startCoordination(hcA, { designationId: candidate, expectedVersion: 1, consultationStartedOn: "2026-05-01" });
    await expect(designateDesignation(hcA, { designationId: candidate, expectedVersion: 2, designatedOn: "2026-06-01" })).rejects.toBeInstanceOf(ForbiddenError);
    const detail = await getDesignation(hcA, candidate);
    expect(detail.status).toBe("COORDINATING");
    expect(detail.events.map((e) => e.kind)).toEqual(["proposed", "note", "note", "coordination_started"]);
    expect(detail.can.transitions).toEqual(["withdraw"]);
  });

  it("answers B's API token 404 and A's 200 for A's candidate; the public list never shows it", async () => {
    const tokenOf = async (actor: Actor) => `Bearer ${(await createApiToken(actor, { name: "テスト", expiresInDays: 30 })).token}`;
    const get = async (authorization: string) => {
      const res = await getDesignationRoute(new Request(`http://localhost/api/v1/designations/${candidate}`, { headers: { authorization, [PEER_HEADER]: "198.51.100.7" } }), {
        params: Promise.resolve({ designationId: String(candidate) }),
      });
      return { status: res.status, body: await res.json() };
    };
    const a = await get(await tokenOf(hcA));
    expect(a.status).toBe(200);
    expect(a.body.data).toMatchObject({ id: candidate, status: "COORDINATING", statusLabel: "調整中" });
    const b = await get(await tokenOf(hcB));
    expect(b.status).toBe(404);
    expect(b.body.error.code).toBe("not_found");
    const list = await (await listDesignationsRoute(new Request("http://localhost/api/v1/designations"))).json();
    expect(list.data.map((d: { id: number }) => d.id)).not.toContain(candidate);
  });
});

describe("designation, one 拠点 per region, revocation", () => {
  it("designates, then refuses a second active 拠点 for the same region with a clear message", async () => {
    const first = (await proposeDesignation(staff, prefectureId, { type: "BASE", organisationId: orgs.clinic, regionCodes: ["0102"] })).id;
    await designateDesignation(staff, { designationId: first, expectedVersion: 1, designatedOn: "2026-04-01", noticeNumber: "地医第1号" });
    const second = (await proposeDesignation(hcB, prefectureId, { type: "BASE", organisationId: orgs.hakodate, regionCodes: ["0102"] })).id;
    const refused = designateDesignation(staff, { designationId: second, expectedVersion: 1, designatedOn: "2026-07-01" });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(designateDesignation(staff, { designationId: second, expectedVersion: 1, designatedOn: "2026-07-01" })).rejects.toThrow(/すでに有効な拠点（医療法人テスト会）があります/);
    // An active-role institution in the same region is fine (several are allowed).
    const role = (await proposeDesignation(staff, prefectureId, { type: "ACTIVE_ROLE", organisationId: orgs.hakodate, regionCodes: ["0102"] })).id;
    await designateDesignation(staff, { designationId: role, expectedVersion: 1, designatedOn: "2026-07-01" });

    // Revoked with its reason, the region is free again from that day, and the public sees why.
    await expect(endDesignation(staff, { designationId: first, expectedVersion: 2, kind: "revoke", endedOn: "2026-09-01", reason: "" })).rejects.toBeInstanceOf(ValidationError);
    await endDesignation(staff, { designationId: first, expectedVersion: 2, kind: "revoke", endedOn: "2026-09-01", reason: "体制が整わなくなったため" });
    const shown = (await listPublishedDesignations(publicActor)).find((d) => d.id === first)!;
    expect(shown).toMatchObject({ status: "REVOKED", endedOn: "2026-09-01", endReason: "体制が整わなくなったため" });
    await expect(designateDesignation(staff, { designationId: second, expectedVersion: 1, designatedOn: "2026-08-01" })).rejects.toThrow(/すでに有効な拠点/);
    await designateDesignation(staff, { designationId: second, expectedVersion: 1, designatedOn: "2026-09-01" });
  });

  it("refuses a stale version with a Japanese conflict message", async () => {
    const id = (await proposeDesignation(staff, prefectureId, { type: "ACTIVE_ROLE", organisationId: orgs.clinic, regionCodes: ["0103"] })).id;
    await startCoordination(staff, { designationId: id, expectedVersion: 1, consultationStartedOn: "2026-05-01" });
    await expect(designateDesignation(staff, { designationId: id, expectedVersion: 1, designatedOn: "2026-06-01" })).rejects.toThrow(/他の利用者が先に/);
  });

  it("lets exactly one of two 本庁 users designating a 拠点 for the same region at the same moment succeed, every time", async () => {
    for (const [i, code] of ["0105", "0106", "0107", "0108", "0109", "0110"].entries()) {
      const a = (await proposeDesignation(staff, prefectureId, { type: "BASE", organisationId: orgs.clinic, regionCodes: [code] })).id;
      const b = (await proposeDesignation(staff2, prefectureId, { type: "BASE", organisationId: orgs.hakodate, regionCodes: [code] })).id;
      const results = await Promise.allSettled([
        designateDesignation(staff, { designationId: a, expectedVersion: await version(a), designatedOn: "2026-10-01" }),
        designateDesignation(staff2, { designationId: b, expectedVersion: await version(b), designatedOn: `2026-10-0${(i % 5) + 1}` }),
      ]);
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(failed, `round ${i}`).toHaveLength(1);
      expect(failed[0].reason instanceof ConflictError || failed[0].reason instanceof ValidationError).toBe(true);
      expect(String(failed[0].reason.message)).toMatch(/拠点は1つの在宅医療圏に1つまで/);
      const active = await db.designationRegion.count({ where: { type: "BASE", active: true, region: { code } } });
      expect(active).toBe(1);
    }
  });
});

describe("attachments (the 指定通知 PDF)", () => {
  it("stores a PDF for 本庁, refuses other files and the 保健所, and lets only those who see the designation read it", async () => {
    const id = (await proposeDesignation(hcA, prefectureId, { type: "ACTIVE_ROLE", organisationId: orgs.clinic, regionCodes: ["0101"] })).id;
    const pdf = new TextEncoder().encode("%PDF-1.7\n% test\n%%EOF\n");
    const { id: attachmentId } = await addDesignationAttachment(staff, id, { name: "指定通知.pdf", type: "application/pdf", bytes: pdf });
    await expect(addDesignationAttachment(staff, id, { name: "x.pdf", type: "application/pdf", bytes: new TextEncoder().encode("not a pdf") })).rejects.toThrow(/PDF ファイルだけ/);
    await expect(addDesignationAttachment(staff, id, { name: "x.xlsx", type: "application/vnd.ms-excel", bytes: pdf })).rejects.toThrow(/PDF ファイルだけ/);
    await expect(addDesignationAttachment(hcA, id, { name: "x.pdf", type: "application/pdf", bytes: pdf })).rejects.toBeInstanceOf(ForbiddenError);
    expect(Buffer.from((await readDesignationAttachment(hcA, id, attachmentId)).content).toString("latin1")).toContain("%PDF-1.7");
    await expect(readDesignationAttachment(hcB, id, attachmentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readDesignationAttachment(publicActor, id, attachmentId)).rejects.toThrow(/ログイン/);
    expect((await getDesignation(staff, id)).events.map((e) => e.kind)).toContain("attachment_added");
  });
});

describe("the database itself", () => {
  it("refuses a second active 拠点 row for a region, whatever the application does", async () => {
    const tokachi = await db.designationRegion.findFirstOrThrow({ where: { type: "BASE", active: true, region: { code: "0119" } } });
    const other = await db.designation.create({ data: { prefectureId, type: "BASE", status: "CANDIDATE", organisationId: orgs.none } });
    const insert = db.designationRegion.create({ data: { designationId: other.id, regionId: tokachi.regionId, type: "BASE", active: true, validFrom: new Date("2026-06-01") } });
    await expect(insert).rejects.toThrow(/designation_region_one_active_base/);
    // Inactive (candidate) rows and rows of an active-role designation are not limited.
    await db.designationRegion.create({ data: { designationId: other.id, regionId: tokachi.regionId, type: "BASE", active: false, validFrom: new Date("2026-06-01") } });
  });
});

describe("mayClaimBaseMenu", () => {
  it("is true for the designated body in the 年度s its 拠点 is in force", async () => {
    const tokachi = (await db.organisation.findFirstOrThrow({ where: { name: "十勝医師会" } })).id;
    expect(await mayClaimBaseMenu(staff, tokachi, 2025)).toBe(true);
    expect(await mayClaimBaseMenu(staff, tokachi, 2026)).toBe(true);
    expect(await mayClaimBaseMenu(staff, tokachi, 2024)).toBe(false);
    expect(await mayClaimBaseMenu(staff, orgs.none, 2026)).toBe(false);
  });

  it("is true for a 市町村 whose region's 拠点 is another body (間接補助・委託), false elsewhere", async () => {
    expect(await mayClaimBaseMenu(staff, orgs.obihiro, 2026)).toBe(true);
    expect(await mayClaimBaseMenu(staff, orgs.obihiro, 2024)).toBe(false);
    // 函館市 (0101): the candidate there is not designated.
    expect(await mayClaimBaseMenu(staff, orgs.hakodateCity, 2026)).toBe(false);
  });

  it("refuses an applicant asking about another organisation, and the public", async () => {
    const applicant = await createUserActor(db, { role: "APPLICANT", organisationId: orgs.none });
    await expect(mayClaimBaseMenu(applicant, orgs.obihiro, 2026)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await mayClaimBaseMenu(applicant, orgs.none, 2026)).toBe(false);
    await expect(mayClaimBaseMenu(publicActor, orgs.clinic, 2026)).rejects.toThrow();
  });
});
