// The audit log (監査ログ): who may read and export it, what the filters do, the CSV file, that the
// export is itself audited, that another prefecture's entries never show, and that nobody can
// change the trail through the app's connection.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { publicActor } from "@/lib/auth/actor";
import { exportAuditEntries, listAuditEntries } from "@/lib/audit/queries";
import { AuditFilterSchema, AuditListQuerySchema, type AuditFilter } from "@/lib/audit/schema";
import { createPrismaClient } from "@/lib/db-client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const actors = {} as Record<Role, Actor>;
let prefectureId: number;
let otherPrefectureId: number;
let otherAdmin: Actor;

const tag = () => `t${randomBytes(4).toString("hex")}`;
const filter = (f: Partial<AuditFilter> = {}): AuditFilter => AuditFilterSchema.parse(f);

async function entry(data: { action: string; occurredAt?: Date; prefectureId?: number | null; actorLabel?: string; actorUserId?: string | null; entityType?: string; entityId?: string | null; summary?: string; data?: object }) {
  return db.auditEntry.create({
    data: { prefectureId: prefectureId, actorLabel: "テスト", entityType: "test", summary: "テスト", ...data },
  });
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  const org = await db.organisation.create({ data: { prefectureId, type: "MEDICAL_ASSOCIATION", name: `テスト医師会 ${tag()}` } });
  actors.PREFECTURE_ADMIN = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  actors.PREFECTURE_STAFF = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  actors.HEALTH_CENTER = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
  actors.APPLICANT = await createUserActor(db, { role: "APPLICANT", organisationId: org.id });
  actors.VIEWER = await createUserActor(db, { role: "VIEWER", organisationId: org.id });
  const other = await db.prefecture.upsert({ where: { code: "02" }, create: { code: "02", name: "青森県" }, update: {} });
  otherPrefectureId = other.id;
  otherAdmin = await createUserActor(db, { role: "PREFECTURE_ADMIN", prefectureCode: "02" });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("who may read and export the audit log", () => {
  const readers: Role[] = ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"];
  const others: Role[] = ["HEALTH_CENTER", "APPLICANT", "VIEWER"];

  it.each(readers)("%s reads and exports its prefecture's entries", async (role) => {
    const t = tag();
    await entry({ action: `${t}.seen` });
    const page = await listAuditEntries(actors[role], filter({ action: t }));
    expect(page.entries.map((e) => e.action)).toEqual([`${t}.seen`]);
    const file = await exportAuditEntries(actors[role], filter({ action: t }));
    expect(file.count).toBe(1);
    expect(file.body).toContain(`${t}.seen`);
  });

  it.each(others)("%s is answered 404 (as if there were nothing), and the refusal is audited", async (role) => {
    const actor = actors[role];
    await expect(listAuditEntries(actor, filter())).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportAuditEntries(actor, filter())).rejects.toBeInstanceOf(NotFoundError);
    const userId = actor.kind === "user" ? actor.userId : null;
    const refusals = await db.auditEntry.findMany({ where: { actorUserId: userId, action: "authz.denied" } });
    expect(refusals.map((r) => (r.data as { attempted: string }).attempted).sort()).toEqual(["audit.exported", "audit.list"]);
    expect(await db.auditEntry.count({ where: { actorUserId: userId, action: "audit.exported" } })).toBe(0);
  });

  it("an anonymous caller is asked to sign in (401)", async () => {
    await expect(listAuditEntries(publicActor, filter())).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(exportAuditEntries(publicActor, filter())).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("another prefecture's entries", () => {
  it("are never listed or exported, even with filters naming them", async () => {
    const t = tag();
    const theirs = await entry({ action: `${t}.theirs`, prefectureId: otherPrefectureId, entityType: "secret", entityId: "x1" });
    await entry({ action: `${t}.global`, prefectureId: null });
    await entry({ action: `${t}.ours` });
    const admin = actors.PREFECTURE_ADMIN;
    expect((await listAuditEntries(admin, filter({ action: t }))).entries.map((e) => e.action)).toEqual([`${t}.ours`]);
    expect((await listAuditEntries(admin, filter({ entityType: "secret", entityId: "x1" }))).total).toBe(0);
    const file = await exportAuditEntries(admin, filter({ action: t }));
    expect(file.body).not.toContain(`${t}.theirs`);
    expect(file.body).not.toContain(`${t}.global`);
    // …while their own administrator sees them.
    expect((await listAuditEntries(otherAdmin, filter({ action: t }))).entries.map((e) => e.id)).toEqual([theirs.id.toString()]);
  });
});

describe("filters", () => {
  it("take the period as dates in Japan, both ends included", async () => {
    const t = tag();
    await entry({ action: `${t}.before`, occurredAt: new Date("2025-04-30T14:59:59Z") }); // 4/30 23:59 JST
    await entry({ action: `${t}.first`, occurredAt: new Date("2025-04-30T15:00:00Z") }); // 5/1 00:00 JST
    await entry({ action: `${t}.last`, occurredAt: new Date("2025-05-01T14:59:59Z") }); // 5/1 23:59 JST
    await entry({ action: `${t}.after`, occurredAt: new Date("2025-05-01T15:00:00Z") }); // 5/2 00:00 JST
    const admin = actors.PREFECTURE_ADMIN;
    const day = await listAuditEntries(admin, filter({ action: t, from: "2025-05-01", to: "2025-05-01" }));
    expect(day.entries.map((e) => e.action)).toEqual([`${t}.last`, `${t}.first`]);
    expect((await listAuditEntries(admin, filter({ action: t, from: "2025-05-02" }))).entries.map((e) => e.action)).toEqual([`${t}.after`]);
    expect((await listAuditEntries(admin, filter({ action: t, to: "2025-04-30" }))).entries.map((e) => e.action)).toEqual([`${t}.before`]);
    expect(day.entries[0].occurredAtJst).toBe("2025-05-01 23:59:59");
  });

  it("match the action by prefix, the actor by name or e-mail, the entity by type and id", async () => {
    const t = tag();
    const admin = actors.PREFECTURE_ADMIN;
    const staff = actors.PREFECTURE_STAFF;
    const staffUser = staff.kind === "user" ? await db.user.findUniqueOrThrow({ where: { id: staff.userId } }) : null;
    await entry({ action: `${t}.user.created`, actorLabel: "札幌 花子", entityType: "user", entityId: "u-1" });
    await entry({ action: `${t}.user.updated`, actorLabel: "函館 太郎", actorUserId: staffUser!.id, entityType: "user", entityId: "u-2" });
    await entry({ action: `${t}.region.split`, actorLabel: "札幌 花子", entityType: "home_care_region", entityId: "0104" });
    await entry({ action: `x.${t}.user`, actorLabel: "札幌 花子" });
    const actions = async (f: Partial<AuditFilter>) => (await listAuditEntries(admin, filter({ action: t, ...f }))).entries.map((e) => e.action).sort();
    expect(await actions({ action: `${t}.user.` })).toEqual([`${t}.user.created`, `${t}.user.updated`]);
    expect(await actions({ actor: "札幌" })).toEqual([`${t}.region.split`, `${t}.user.created`]);
    expect(await actions({ actor: staffUser!.email.slice(0, 10).toUpperCase() })).toEqual([`${t}.user.updated`]);
    expect(await actions({ entityType: "user" })).toEqual([`${t}.user.created`, `${t}.user.updated`]);
    expect(await actions({ entityType: "user", entityId: "u-2" })).toEqual([`${t}.user.updated`]);
    expect(await actions({ entityId: "0104" })).toEqual([`${t}.region.split`]);
  });

  it("pages 50 entries at a time, newest first", async () => {
    const t = tag();
    const start = Date.parse("2025-06-01T00:00:00Z");
    for (let i = 0; i < 55; i++) await entry({ action: `${t}.n${String(i).padStart(2, "0")}`, occurredAt: new Date(start + i * 60_000) });
    const admin = actors.PREFECTURE_ADMIN;
    const p1 = await listAuditEntries(admin, filter({ action: t }), 1);
    const p2 = await listAuditEntries(admin, filter({ action: t }), 2);
    expect([p1.total, p1.pageCount, p1.entries.length, p2.entries.length]).toEqual([55, 2, 50, 5]);
    expect(p1.entries[0].action).toBe(`${t}.n54`);
    expect(p2.entries.map((e) => e.action)).toEqual([`${t}.n04`, `${t}.n03`, `${t}.n02`, `${t}.n01`, `${t}.n00`]);
  });

  it("reject impossible dates, a reversed period and a bad page number; blank fields mean no condition", () => {
    expect(AuditFilterSchema.safeParse({ from: "2025-02-30" }).success).toBe(false);
    expect(AuditFilterSchema.safeParse({ from: "2025-05-02", to: "2025-05-01" }).success).toBe(false);
    expect(AuditListQuerySchema.safeParse({ page: "0" }).success).toBe(false);
    expect(AuditListQuerySchema.parse({ from: "", action: "  ", page: "" })).toEqual({ page: 1 });
  });
});

describe("the CSV export", () => {
  it("is UTF-8 with a BOM, the Japanese header, CRLF lines, quoted cells and no formulas", async () => {
    const t = tag();
    await entry({
      action: `${t}.csv`,
      occurredAt: new Date("2025-07-01T03:04:05.678Z"),
      actorLabel: "=HYPERLINK(\"http://evil\")",
      entityType: "user",
      entityId: "u-9",
      summary: "改行\nと,カンマ",
      data: { before: { name: "旧" }, after: { name: "新" } }, // jsonb keeps keys in its own order
    });
    const file = await exportAuditEntries(actors.PREFECTURE_STAFF, filter({ action: t }));
    expect(file.fileName).toMatch(/^audit-log-\d{8}-\d{4}\.csv$/);
    expect(file.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rest] = file.body.slice(1).split("\r\n");
    expect(header).toBe("日時(UTC ISO),日時(日本時間),操作者,操作,対象種別,対象ID,内容,IPアドレス,詳細(JSON)");
    expect(rest.join("\r\n")).toBe(
      `2025-07-01T03:04:05.678Z,2025-07-01 12:04:05,"'=HYPERLINK(""http://evil"")",${t}.csv,user,u-9,"改行\nと,カンマ",,"{""after"":{""name"":""新""},""before"":{""name"":""旧""}}"\r\n`,
    );
    expect(Buffer.from(file.body, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("is itself audited, with the filter, the row count, the actor and the address", async () => {
    const t = tag();
    await entry({ action: `${t}.a` });
    await entry({ action: `${t}.b` });
    const staff = actors.PREFECTURE_STAFF;
    await exportAuditEntries(staff, filter({ action: t, from: "2020-01-01" }), { ipAddress: "192.0.2.7" });
    const logged = await db.auditEntry.findMany({ where: { action: "audit.exported", actorUserId: staff.kind === "user" ? staff.userId : "" }, orderBy: { id: "desc" }, take: 1 });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ prefectureId, entityType: "audit_entry", ipAddress: "192.0.2.7", data: { filter: { action: t, from: "2020-01-01" }, count: 2 } });
    expect(logged[0].summary).toContain("2件");
    // The export shows up in the log it exported from.
    const page = await listAuditEntries(actors.PREFECTURE_ADMIN, filter({ action: "audit.exported" }));
    expect(page.entries.some((e) => e.id === logged[0].id.toString())).toBe(true);
  });
});

describe("the trail cannot be changed through the app's connection", () => {
  const app = new pg.Client({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => app.connect());
  afterAll(() => app.end());

  const failure = (sql: string) =>
    app.query(sql).then(
      () => "succeeded",
      (err: { code?: string }) => err.code,
    );

  it("refuses UPDATE, DELETE and TRUNCATE of audit_entry", async () => {
    const before = await app.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(before.rows[0].n).toBeGreaterThan(0);
    expect(await failure(`UPDATE audit_entry SET summary = '改ざん'`)).toBe("42501");
    expect(await failure(`DELETE FROM audit_entry`)).toBe("42501");
    expect(await failure(`TRUNCATE audit_entry`)).toBe("42501");
    const after = await app.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE summary = '改ざん')::int AS changed FROM audit_entry`);
    expect(after.rows[0]).toEqual({ n: before.rows[0].n, changed: 0 });
  });
});
