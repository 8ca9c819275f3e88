// Personal API tokens through the real route handlers and a real database, with nothing mocked:
// the route wrapper (lib/api/signed-in-route.ts) resolves the actor from the Authorization header
// (lib/auth/api-tokens.ts). A token answers with its user's rights as they are now, and 401 once
// revoked, expired, its user disabled, or when unknown or malformed; refusals are throttled per
// client address; last use is recorded at most once a minute.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getImport } from "@/app/api/v1/facility-imports/[importId]/route";
import { POST as uploadList } from "@/app/api/v1/facility-imports/route";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { listOwnApiTokens, listUserApiTokens } from "@/lib/api-tokens/queries";
import { generateToken } from "@/lib/api-tokens/token";
import type { UserActor } from "@/lib/auth/actor";
import { authenticateApiToken } from "@/lib/auth/api-tokens";
import { createPrismaClient } from "@/lib/db-client";
import { InvalidTokenError, NotFoundError, TooManyRequestsError, ValidationError } from "@/lib/errors";
import { PEER_HEADER } from "@/lib/ops/peer-address";
import { apiTokenFailureLimit } from "@/lib/throttle/rules";
import { buildList, emptyWorkbook, readRealList } from "@/tests/fixtures/official-list";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DAY = 86_400_000;
const users = {} as Record<"staff" | "admin" | "healthCenter" | "applicant", UserActor>;
let smallList: Uint8Array;
let address = 10;
/** Each test calls from its own address, so refusal counts do not carry over. */
const nextAddress = () => `198.51.100.${address++}`;

async function upload(authorization: string | null, from: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], "list.xlsx", { type: XLSX_TYPE }));
  const res = await uploadList(
    new Request("http://localhost/api/v1/facility-imports", {
      method: "POST",
      body: form,
      headers: { [PEER_HEADER]: from, ...(authorization === null ? {} : { authorization }), ...headers },
    }),
  );
  return { status: res.status, headers: res.headers, body: await res.json() };
}

async function getJob(authorization: string, from: string, importId: string) {
  const res = await getImport(new Request(`http://localhost/api/v1/facility-imports/${importId}`, { headers: { [PEER_HEADER]: from, authorization } }), {
    params: Promise.resolve({ importId }),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const bearer = (token: string) => `Bearer ${token}`;

function expectInvalidToken(res: { status: number; headers: Headers; body: { error: { code: string; message: string } } }) {
  expect(res.status).toBe(401);
  expect(res.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
  expect(res.body.error.code).toBe("invalid_token");
  expect(res.body.error.message).toBe("API トークンが正しくないか、取り消されたか、有効期限が切れています。有効なトークンを指定してください。");
}

beforeAll(async () => {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const organisationId = (await db.organisation.create({ data: { prefectureId: prefecture.id, type: "MEDICAL_ASSOCIATION", name: "トークン医師会" } })).id;
  users.staff = (await createUserActor(db, { role: "PREFECTURE_STAFF" })) as UserActor;
  users.admin = (await createUserActor(db, { role: "PREFECTURE_ADMIN" })) as UserActor;
  users.healthCenter = (await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" })) as UserActor;
  users.applicant = (await createUserActor(db, { role: "APPLICANT", organisationId })) as UserActor;
  const list = await readRealList();
  list.rows = list.rows.slice(0, 40);
  smallList = new Uint8Array(await buildList(list));
});

describe("a token acts as its user, through the real route handlers", () => {
  it("lets 本庁担当's token upload a list (201) and read the job (200), and records the actor", async () => {
    const { token, id } = await createApiToken(users.staff, { name: "名簿の自動取込み", expiresInDays: 90 });
    const from = nextAddress();
    const created = await upload(bearer(token), from, smallList);
    expect(created.status).toBe(201);
    expect(created.body.status).toBe("PREVIEW");
    const job = await getJob(bearer(token), from, created.body.id);
    expect(job.status).toBe(200);
    expect(job.body.id).toBe(created.body.id);
    const row = await db.facilityImport.findUniqueOrThrow({ where: { id: created.body.id }, select: { createdById: true } });
    expect(row.createdById).toBe(users.staff.userId);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.lastUsedAt).not.toBeNull();
    // Only the hash is kept.
    expect(JSON.stringify(stored)).not.toContain(token.slice(3));
  });

  it("refuses 保健所's and 申請者's tokens with 403, as their sessions would be", async () => {
    for (const user of [users.healthCenter, users.applicant]) {
      const { token } = await createApiToken(user, { name: "試し", expiresInDays: 30 });
      const res = await upload(bearer(token), nextAddress(), smallList);
      expect(res.status).toBe(403);
      expect(res.body.error).toEqual({ code: "forbidden", message: "医療機関名簿を取り込めるのは本庁の職員だけです。" });
    }
  });

  it("follows a role change at once: the same token gets in after 保健所 becomes 本庁担当", async () => {
    const user = (await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" })) as UserActor;
    const { token } = await createApiToken(user, { name: "役割変更の確認", expiresInDays: 30 });
    expect((await upload(bearer(token), nextAddress(), await emptyWorkbook())).status).toBe(403);
    await db.membership.updateMany({ where: { userId: user.userId }, data: { role: "PREFECTURE_STAFF", healthCenterId: null } });
    const res = await upload(bearer(token), nextAddress(), await emptyWorkbook());
    expect(res.status).toBe(422); // authorized; the empty workbook itself is refused
  });

  it("is not subject to the cross-site check of session-cookie writes (it carries no ambient credential)", async () => {
    const { token } = await createApiToken(users.staff, { name: "CSRF の確認", expiresInDays: 30 });
    const res = await upload(bearer(token), nextAddress(), await emptyWorkbook(), { "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(422);
  });
});

describe("refused tokens answer 401 with WWW-Authenticate", () => {
  it("once revoked by its user, and the revocation is audited", async () => {
    const { token, id } = await createApiToken(users.staff, { name: "取り消す", expiresInDays: 30 });
    const from = nextAddress();
    expect((await upload(bearer(token), from, await emptyWorkbook())).status).toBe(422);
    await revokeApiToken(users.staff, id);
    expectInvalidToken(await upload(bearer(token), from, smallList));
    expectInvalidToken(await getJob(bearer(token), from, "00000000-0000-4000-8000-000000000000"));
    const audit = await db.auditEntry.findMany({ where: { entityType: "api_token", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["api_token.create", "api_token.revoke", "auth.api_token_refused", "auth.api_token_refused"]);
    expect(audit[1].actorUserId).toBe(users.staff.userId);
    expect(audit[2].data).toEqual({ reason: "revoked" });
    expect(audit[2].ipAddress).toBe(from);
  });

  it("once expired (controlled clock, and an expiry set in the past)", async () => {
    const longAgo = new Date(Date.now() - 31 * DAY);
    const { token, id } = await createApiToken(users.staff, { name: "期限切れ", expiresInDays: 30 }, longAgo);
    expectInvalidToken(await upload(bearer(token), nextAddress(), smallList));

    const fresh = await createApiToken(users.staff, { name: "期限の境目", expiresInDays: 30 });
    const from = nextAddress();
    await expect(authenticateApiToken(bearer(fresh.token), { clientAddress: from, now: new Date(Date.now() + 29 * DAY) })).resolves.toMatchObject({ userId: users.staff.userId });
    await expect(authenticateApiToken(bearer(fresh.token), { clientAddress: from, now: new Date(Date.now() + 30 * DAY + 1000) })).rejects.toBeInstanceOf(InvalidTokenError);
    await db.apiToken.update({ where: { id: fresh.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectInvalidToken(await getJob(bearer(fresh.token), from, "00000000-0000-4000-8000-000000000000"));
    expect(await db.auditEntry.count({ where: { entityId: id, action: "auth.api_token_refused" } })).toBe(1);
  });

  it("while its user is disabled", async () => {
    const user = (await createUserActor(db, { role: "PREFECTURE_STAFF" })) as UserActor;
    const { token } = await createApiToken(user, { name: "停止される利用者", expiresInDays: 30 });
    const from = nextAddress();
    expect((await upload(bearer(token), from, await emptyWorkbook())).status).toBe(422);
    await db.user.update({ where: { id: user.userId }, data: { disabledAt: new Date() } });
    expectInvalidToken(await upload(bearer(token), from, smallList));
  });

  it("when unknown or malformed, or not a Bearer token at all", async () => {
    const from = nextAddress();
    for (const authorization of [bearer(generateToken()), "Bearer zp_short", "Bearer", "Basic dXNlcjpwYXNz", "", bearer(`zp_${"a".repeat(43)}`)]) {
      const res = await upload(authorization, from, smallList);
      expectInvalidToken(res);
    }
    // Nothing was imported by any of them.
    expect(await db.facilityImport.count({ where: { createdById: null } })).toBe(0);
  });
});

describe("throttling refusals per client address", () => {
  it("counts refusals, and over the limit refuses every Bearer request from that address with 429", async () => {
    const from = nextAddress();
    const limit = apiTokenFailureLimit(from);
    const { token } = await createApiToken(users.staff, { name: "制限の確認", expiresInDays: 30 });
    expectInvalidToken(await upload(bearer(generateToken()), from, smallList));
    expect((await db.throttleCounter.findUniqueOrThrow({ where: { key: limit.key } })).hits).toBe(1);
    // A success does not count.
    expect((await upload(bearer(token), from, await emptyWorkbook())).status).toBe(422);
    expect((await db.throttleCounter.findUniqueOrThrow({ where: { key: limit.key } })).hits).toBe(1);

    await db.throttleCounter.update({ where: { key: limit.key }, data: { hits: limit.limit - 1 } });
    expectInvalidToken(await upload(bearer(generateToken()), from, smallList)); // uses up the allowance
    expect(await db.auditEntry.count({ where: { action: "auth.api_token_throttled", ipAddress: from } })).toBe(1);
    const refused = await upload(bearer(token), from, smallList); // even a valid token
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.error.code).toBe("too_many_requests");
    expect(refused.body.error.message).toMatch(/^正しくない API トークンでの要求が短時間に続いたため.*以降に、もう一度お試しください。$/);
    // Another address is not affected.
    expect((await upload(bearer(token), nextAddress(), await emptyWorkbook())).status).toBe(422);
    await expect(authenticateApiToken(bearer(token), { clientAddress: from })).rejects.toBeInstanceOf(TooManyRequestsError);
  });
});

describe("last use", () => {
  it("is recorded at most once a minute", async () => {
    const { token, id } = await createApiToken(users.staff, { name: "最終利用", expiresInDays: 30 });
    const from = nextAddress();
    const t0 = new Date();
    await authenticateApiToken(bearer(token), { clientAddress: from, now: t0 });
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.getTime();
    expect(await lastUsed()).toBe(t0.getTime());
    await authenticateApiToken(bearer(token), { clientAddress: from, now: new Date(t0.getTime() + 30_000) });
    expect(await lastUsed()).toBe(t0.getTime());
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiToken(bearer(token), { clientAddress: from, now: later });
    expect(await lastUsed()).toBe(later.getTime());
    const rows = await listOwnApiTokens(users.staff);
    expect(rows.find((r) => r.id === id)).toMatchObject({ lastUsedAt: later, status: "active", prefix: token.slice(0, 11) });
    expect(Object.keys(rows[0])).not.toContain("tokenHash");
  });
});

describe("managing tokens", () => {
  it("validates the name and the validity period (at most a year)", async () => {
    await expect(createApiToken(users.staff, { name: " ", expiresInDays: 30 })).rejects.toBeInstanceOf(ValidationError);
    await expect(createApiToken(users.staff, { name: "長すぎる", expiresInDays: 366 })).rejects.toBeInstanceOf(ValidationError);
    await expect(createApiToken(users.staff, { name: "任意の日数", expiresInDays: 7 })).rejects.toBeInstanceOf(ValidationError);
    const year = await createApiToken(users.staff, { name: "1年", expiresInDays: 365 });
    expect(year.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(365 * DAY);
  });

  it("lets nobody but the owner and 本庁管理者 of the prefecture see or revoke a token", async () => {
    const { id, token } = await createApiToken(users.healthCenter, { name: "保健所の集計", expiresInDays: 30 });
    await expect(revokeApiToken(users.staff, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiToken(users.applicant, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listUserApiTokens(users.admin, users.healthCenter.userId)).map((t) => t.id)).toContain(id);
    await expect(listUserApiTokens(users.staff, users.healthCenter.userId)).rejects.toThrow();

    await revokeApiToken(users.admin, id);
    await expect(revokeApiToken(users.admin, id)).rejects.toBeInstanceOf(ValidationError);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "api_token.revoke" } });
    expect(audit.actorUserId).toBe(users.admin.userId);
    expect(audit.data).toMatchObject({ userId: users.healthCenter.userId, byOwner: false });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.revokedById).toBe(users.admin.userId);
    expectInvalidToken(await upload(bearer(token), nextAddress(), smallList));
  });
});
