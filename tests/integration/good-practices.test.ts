// The good-practice library through the real database and route handler: the 39 seeded cases,
// search and filters, the public API, 本庁's add and edit (authorization with audited refusals,
// optimistic concurrency, audit rows) and a re-seed that adds nothing and keeps 本庁's edits.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getGoodPractices } from "@/app/api/v1/good-practices/route";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { createGoodPractice, updateGoodPractice } from "@/lib/good-practices/mutations";
import { mayEditGoodPractices } from "@/lib/good-practices/policy";
import { getGoodPractice, listGoodPractices } from "@/lib/good-practices/queries";
import { seedGoodPractices } from "@/lib/ops/seed-good-practices";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);

let admin: Actor;
let staff: Actor;
let healthCenter: Actor;
let viewer: Actor;
let prefectureId: number;
beforeAll(async () => {
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  healthCenter = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
  viewer = await createUserActor(db, { role: "VIEWER" });
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
});

const hokkaidoCase = {
  title: "在宅医療提供体制強化事業（令和6年度実績）",
  subjectPrefectureCode: "01",
  theme: "在宅医療・介護連携の推進",
  purpose: "在宅医療圏ごとの多職種連携協議会による体制整備",
  results: "グループ診療等運営 16か所",
  tags: ["council", "hub"],
  budgets: [{ fiscalYear: 2024, item: "グループ診療等運営事業", amountYen: "94420000", note: "" }],
};

describe("the seeded library", () => {
  it("holds the 39 cases of the compendium, with their tags and budgets", async () => {
    const list = await listGoodPractices(publicActor);
    expect(list.cases.filter((c) => c.fromSource)).toHaveLength(39);
    expect(list.prefectures.find((p) => p.code === "43")).toEqual({ code: "43", name: "熊本県", count: 3 });
    const shiga = await db.goodPractice.findFirstOrThrow({ where: { prefectureId, sourceKey: "004-21" }, include: { budgets: true } });
    expect(shiga.budgets).toHaveLength(6);
    expect(shiga.budgets.reduce((sum, b) => sum + (b.amountYen ?? 0), 0)).toBe(125_000 + 2_598_000 + 128_000 + 2_579_000 + 109_000 + 2_579_000);
  });

  it("searches by keyword (text, prefecture name, theme label) and filters by prefecture and theme", async () => {
    const mame = await listGoodPractices(publicActor, { q: "まめネット" });
    expect(mame.cases.map((c) => c.title)).toEqual(["医療介護連携ITシステム構築支援事業（まめネット）"]);
    const dental = await listGoodPractices(publicActor, { theme: "dental" });
    expect(dental.cases.map((c) => c.prefectureName).sort()).toEqual(["熊本県", "福岡県"]);
    const kumamotoNursing = await listGoodPractices(publicActor, { prefecture: "43", theme: "visiting-nursing" });
    expect(kumamotoNursing.cases.map((c) => c.title)).toEqual(["訪問看護ステーション等経営強化支援事業"]);
    const byName = await listGoodPractices(publicActor, { q: "高知県" });
    expect(byName.cases.filter((c) => c.subjectPrefectureCode === "39")).toHaveLength(2);
  });

  it("answers the public API with every field, integer yen and the source's notes", async () => {
    const res = await getGoodPractices(new Request("http://portal.test/api/v1/good-practices?prefecture=08"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; data: { title: string; sourceKey: string; budgets: unknown[] }[] };
    expect(body.count).toBe(1);
    expect(body.data[0]).toMatchObject({ title: "茨城型地域包括ケアシステム推進事業", sourceKey: "004-08" });
    expect(body.data[0].budgets).toEqual([
      { fiscalYear: 2016, item: "", amountYen: null, note: "無" },
      { fiscalYear: 2017, item: "", amountYen: 37_650_000, note: null },
      { fiscalYear: 2018, item: "", amountYen: 37_650_000, note: null },
    ]);
    const bad = await getGoodPractices(new Request("http://portal.test/api/v1/good-practices?theme=nope"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBeTruthy();
  });
});

describe("who is offered 追加 and 編集", () => {
  it("本庁 of the portal's prefecture only — the rule the mutations enforce", async () => {
    expect(await mayEditGoodPractices(admin)).toBe(true);
    expect(await mayEditGoodPractices(staff)).toBe(true);
    expect(await mayEditGoodPractices(healthCenter)).toBe(false);
    expect(await mayEditGoodPractices(viewer)).toBe(false);
    expect(await mayEditGoodPractices(publicActor)).toBe(false);
    const elsewhere = await db.prefecture.upsert({ where: { code: "02" }, update: {}, create: { code: "02", name: "青森県" } });
    const aomori = { ...(admin as Extract<Actor, { kind: "user" }>), prefectureId: elsewhere.id };
    expect(await mayEditGoodPractices(aomori)).toBe(false);
  });
});

describe("本庁 adds and edits cases", () => {
  it("lets 本庁 add a case (audited) and refuses everyone else, auditing the refusal", async () => {
    const { id } = await createGoodPractice(staff, hokkaidoCase);
    const c = await getGoodPractice(publicActor, id);
    expect(c).toMatchObject({ title: hokkaidoCase.title, prefectureName: "北海道", fromSource: false, version: 1 });
    expect(c.budgets).toEqual([{ fiscalYear: 2024, item: "グループ診療等運営事業", amountYen: 94_420_000, note: null }]);
    expect(await db.auditEntry.count({ where: { action: "good_practice.created", entityId: String(id) } })).toBe(1);

    await expect(createGoodPractice(healthCenter, hokkaidoCase)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createGoodPractice(viewer, hokkaidoCase)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createGoodPractice(publicActor, hokkaidoCase)).rejects.toBeInstanceOf(UnauthenticatedError);
    const refusals = await db.auditEntry.count({ where: { action: "authz.denied", entityType: "good_practice" } });
    expect(refusals).toBeGreaterThanOrEqual(3);
  });

  it("validates in Japanese, per field", async () => {
    const err = await createGoodPractice(admin, { ...hokkaidoCase, title: " ", budgets: [{ fiscalYear: "R6", amountYen: "-1" }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const fields = (err as ValidationError).fieldErrors;
    expect(fields.title).toEqual(["事業名を入力してください。"]);
    expect(fields["budgets.0.fiscalYear"]?.[0]).toMatch(/年度/);
    expect(fields["budgets.0.amountYen"]?.[0]).toMatch(/金額/);
  });

  it("edits a seeded case with optimistic concurrency; a stale version is a conflict and changes nothing", async () => {
    const row = await db.goodPractice.findFirstOrThrow({ where: { prefectureId, sourceKey: "004-02" } });
    const before = await getGoodPractice(publicActor, row.id);
    const fields = {
      ...before,
      tags: before.tags.map((t) => t.key).concat("ict"),
      budgets: before.budgets.map((b) => ({ ...b, note: b.note ?? "" })),
      results: `${before.results}\n（本庁による追記）`,
    };
    const { version } = await updateGoodPractice(admin, row.id, { expectedVersion: before.version, fields });
    expect(version).toBe(before.version + 1);
    const after = await getGoodPractice(publicActor, row.id);
    expect(after.results).toContain("（本庁による追記）");
    expect(after.tags.map((t) => t.key)).toContain("ict");
    expect(after.budgets).toEqual(before.budgets);
    expect(await db.auditEntry.count({ where: { action: "good_practice.updated", entityId: String(row.id) } })).toBe(1);

    await expect(updateGoodPractice(staff, row.id, { expectedVersion: before.version, fields: { ...fields, title: "古い版からの上書き" } })).rejects.toBeInstanceOf(ConflictError);
    expect((await getGoodPractice(publicActor, row.id)).title).toBe(before.title);
    await expect(updateGoodPractice(healthCenter, row.id, { expectedVersion: version, fields })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("re-seeding adds nothing and keeps 本庁's edits", async () => {
    const row = await db.goodPractice.findFirstOrThrow({ where: { prefectureId, sourceKey: "004-02" } });
    expect(await seedGoodPractices(db, prefectureId)).toBe(0);
    const again = await db.goodPractice.findUniqueOrThrow({ where: { id: row.id } });
    expect(again.results).toContain("（本庁による追記）");
    expect(again.version).toBe(row.version);
    expect(await db.goodPractice.count({ where: { prefectureId, sourceKey: { not: null } } })).toBe(39);
  });
});
