// The authorization matrix: every domain operation × every role and anonymous, at the domain
// layer on a real PostgreSQL. Expected: allow, 401 (anonymous on member-only work), 403 (may see,
// may not change) or 404 (may not see; existence not revealed). A refused call changes no row.
// Another prefecture's administrator is a seventh column (IDOR).
import { beforeAll, describe, expect, it } from "vitest";
import { exportAuditEntries, listAuditEntries } from "@/lib/audit/queries";
import { AuditFilterSchema } from "@/lib/audit/schema";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createSession } from "@/lib/auth/sessions";
import { createPrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { setJurisdiction } from "@/lib/health-centers/mutations";
import { getHealthCenter } from "@/lib/health-centers/queries";
import { listOutbox } from "@/lib/mail/queries";
import { mergeOrganisations } from "@/lib/organisations/merge";
import { updateOrganisation } from "@/lib/organisations/mutations";
import { searchOrganisations } from "@/lib/organisations/queries";
import { splitRegion } from "@/lib/regions/mutations";
import { getHomeCareRegion, listHomeCareRegions } from "@/lib/regions/queries";
import { inviteUser, revokeInvitation } from "@/lib/users/invitations";
import { changeMembership, disableUser, enableUser, endUserSession } from "@/lib/users/mutations";
import { getUser, listInvitations, listUserSessions, listUsers } from "@/lib/users/queries";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
type Column = "admin" | "staff" | "healthCenter" | "applicant" | "viewer" | "anonymous" | "otherPrefectureAdmin";
type Outcome = "allow" | 401 | 403 | 404;
const COLUMNS: Column[] = ["staff", "healthCenter", "applicant", "viewer", "anonymous", "otherPrefectureAdmin", "admin"];
const actors = {} as Record<Column, Actor>;
let counter = 0;

/** A prefecture-01 user with an open session and a pending invitation, made fresh per call. */
async function target() {
  // The matrix is about authorization: the administrator's invitation allowance (tested in
  // throttling.test.ts) starts afresh for each fixture.
  await db.throttleCounter.deleteMany({ where: { key: { startsWith: "mail:" } } });
  const user = await createUserActor(db, { role: "VIEWER" });
  const userId = user.kind === "user" ? user.userId : "";
  const sessionId = await createSession(userId, { ipAddress: "192.0.2.10", userAgent: "matrix" });
  const { invitationId } = await inviteUser(actors.admin, { email: `matrix-${++counter}@example.jp`, displayName: "行列 太郎", role: "VIEWER" });
  const { version } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { version: true } });
  return { userId, sessionId, invitationId, version };
}

/** Digest of every table a refused call must leave alone (the audit trail grows by design). */
async function digest() {
  const rows = await db.$queryRawUnsafe<{ d: string }[]>(`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(u::text, ',' ORDER BY u.id) FROM user_account u),
      (SELECT string_agg(m::text, ',' ORDER BY m.id) FROM membership m),
      (SELECT string_agg(s.id || coalesce(s.revoked_at::text, ''), ',' ORDER BY s.id) FROM user_session s),
      (SELECT string_agg(i::text, ',' ORDER BY i.id) FROM invitation i),
      (SELECT count(*)::text FROM outbox_mail),
      (SELECT string_agg(r.code || coalesce(r.valid_to::text, '') || r.version, ',' ORDER BY r.id) FROM home_care_region r),
      (SELECT count(*)::text FROM home_care_region_member),
      (SELECT string_agg(j::text, ',' ORDER BY j.id) FROM health_center_jurisdiction j),
      (SELECT string_agg(l::text, ',' ORDER BY l.id) FROM home_care_region_lead l),
      (SELECT string_agg(o.id || ':' || o.version, ',' ORDER BY o.id) FROM organisation o),
      (SELECT count(*)::text FROM organisation_facility)
    )) AS d`);
  return rows[0].d;
}

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "allow";
  } catch (err) {
    if (err instanceof AppError && [401, 403, 404].includes(err.status)) return err.status as Outcome;
    throw err;
  }
}

const ALL_ALLOW = { admin: "allow", staff: "allow", healthCenter: "allow", applicant: "allow", viewer: "allow", anonymous: "allow", otherPrefectureAdmin: "allow" } as const;
const ADMIN_ONLY_403 = { admin: "allow", staff: 403, healthCenter: 403, applicant: 403, viewer: 403, anonymous: 401, otherPrefectureAdmin: 404 } as const;
/** Collections: another prefecture's admin lists their own prefecture's (checked separately). */
const ADMIN_ONLY_403_OWN = { ...ADMIN_ONLY_403, otherPrefectureAdmin: "allow" } as const;
const ADMIN_ONLY_404 = { admin: "allow", staff: 404, healthCenter: 404, applicant: 404, viewer: 404, anonymous: 401, otherPrefectureAdmin: "allow" } as const;
const HQ_ONLY_404 = { admin: "allow", staff: "allow", healthCenter: 404, applicant: 404, viewer: 404, anonymous: 401, otherPrefectureAdmin: "allow" } as const;
const HQ_READ = { admin: "allow", staff: "allow", healthCenter: 403, applicant: 403, viewer: 403, anonymous: 401, otherPrefectureAdmin: 404 } as const;
const HQ_READ_OWN = { ...HQ_READ, otherPrefectureAdmin: "allow" } as const;
const filter = AuditFilterSchema.parse({});
let matrixOrgId = 0;
/** Two organisations to merge, made fresh per call. */
async function duplicates() {
  const prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  const make = (name: string) => db.organisation.create({ data: { prefectureId, type: "RESIDENT_GROUP", name } });
  const [a, b] = [await make(`行列統合A${++counter}`), await make(`行列統合B${counter}`)];
  return { survivorId: a.id, duplicateId: b.id } as unknown as Fixture;
}

type Fixture = Awaited<ReturnType<typeof target>>;
interface Operation {
  name: string;
  expected: Record<Column, Outcome>;
  /** Creates what the call acts on, before the rows are compared. */
  prepare?: () => Promise<Fixture>;
  run: (actor: Actor, f: Fixture) => Promise<unknown>;
}

const operations: Operation[] = [
  { name: "listHomeCareRegions (public)", expected: ALL_ALLOW, run: (a) => listHomeCareRegions(a) },
  { name: "getHomeCareRegion (public)", expected: ALL_ALLOW, run: (a) => getHomeCareRegion(a, "0119") },
  {
    name: "splitRegion",
    expected: { ...ADMIN_ONLY_403, otherPrefectureAdmin: 403 },
    run: async (a) => {
      const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
      const region = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0103" } });
      return splitRegion(a, prefecture.id, {
        regionCode: "0103",
        effectiveOn: "2026-10-01",
        expectedVersion: region.version,
        successors: [
          { code: `0103-${++counter}`, name: `北渡島${counter}`, memberCodes: ["01346", "01347"] },
          { code: `0103-${++counter}`, name: `檜山北部${counter}`, memberCodes: ["01370", "01371"] },
        ],
      });
    },
  },
  { name: "listUsers", expected: ADMIN_ONLY_403_OWN, run: (a) => listUsers(a) },
  { name: "listInvitations", expected: ADMIN_ONLY_403_OWN, run: (a) => listInvitations(a) },
  { name: "getUser", expected: ADMIN_ONLY_403, prepare: target, run: (a, f) => getUser(a, f.userId) },
  { name: "listUserSessions", expected: ADMIN_ONLY_403, prepare: target, run: (a, f) => listUserSessions(a, f.userId) },
  {
    name: "inviteUser (extra prefectureId ignored)",
    expected: ADMIN_ONLY_403_OWN,
    run: (a) => inviteUser(a, { email: `m-${++counter}@example.jp`, displayName: "招待 花子", role: "VIEWER", prefectureId: 2 } as never),
  },
  { name: "disableUser", expected: ADMIN_ONLY_403, prepare: target, run: (a, f) => disableUser(a, f.userId) },
  {
    name: "enableUser",
    expected: ADMIN_ONLY_403,
    prepare: async () => {
      const f = await target();
      await db.user.update({ where: { id: f.userId }, data: { disabledAt: new Date() } });
      return f;
    },
    run: (a, f) => enableUser(a, f.userId),
  },
  {
    name: "changeMembership (to 本庁管理者)",
    expected: ADMIN_ONLY_403,
    prepare: target,
    run: (a, f) => changeMembership(a, { userId: f.userId, role: "PREFECTURE_ADMIN", expectedVersion: f.version }),
  },
  { name: "endUserSession", expected: ADMIN_ONLY_403, prepare: target, run: (a, f) => endUserSession(a, f.sessionId) },
  { name: "revokeInvitation", expected: ADMIN_ONLY_403, prepare: target, run: (a, f) => revokeInvitation(a, f.invitationId) },
  { name: "listOutbox", expected: ADMIN_ONLY_404, run: (a) => listOutbox(a) },
  { name: "getHealthCenter", expected: HQ_READ, run: async (a) => getHealthCenter(a, (await db.healthCenter.findFirstOrThrow({ where: { name: "千歳保健所" } })).id) },
  {
    name: "setJurisdiction",
    expected: ADMIN_ONLY_403,
    run: async (a) => setJurisdiction(a, { healthCenterId: (await db.healthCenter.findFirstOrThrow({ where: { name: "千歳保健所" } })).id, municipalityCodes: ["01224"], effectiveOn: "2031-04-01" }),
  },
  { name: "searchOrganisations", expected: HQ_READ_OWN, run: (a) => searchOrganisations(a, { q: "行列" }) },
  {
    name: "updateOrganisation",
    expected: HQ_READ,
    run: async (a) => {
      const { version } = await db.organisation.findUniqueOrThrow({ where: { id: matrixOrgId } });
      return updateOrganisation(a, matrixOrgId, { type: "MEDICAL_ASSOCIATION", name: "行列テスト医師会", phone: "011-231-4111", expectedVersion: version });
    },
  },
  {
    name: "mergeOrganisations",
    expected: ADMIN_ONLY_403,
    prepare: duplicates,
    run: (a, f) => {
      const { survivorId, duplicateId } = f as unknown as { survivorId: number; duplicateId: number };
      return mergeOrganisations(a, { survivorId, duplicateId, survivorVersion: 1, duplicateVersion: 1 });
    },
  },
  { name: "listAuditEntries", expected: HQ_ONLY_404, run: (a) => listAuditEntries(a, filter) },
  { name: "exportAuditEntries", expected: HQ_ONLY_404, run: (a) => exportAuditEntries(a, filter) },
];

beforeAll(async () => {
  await db.prefecture.upsert({ where: { code: "02" }, update: {}, create: { code: "02", name: "青森県" } });
  actors.admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  actors.staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  actors.healthCenter = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
  const org = await db.organisation.create({ data: { prefectureId: (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id, type: "MEDICAL_ASSOCIATION", name: "行列テスト医師会" } });
  matrixOrgId = org.id;
  actors.applicant = await createUserActor(db, { role: "APPLICANT", organisationId: org.id });
  actors.viewer = await createUserActor(db, { role: "VIEWER" });
  actors.anonymous = publicActor;
  actors.otherPrefectureAdmin = await createUserActor(db, { role: "PREFECTURE_ADMIN", prefectureCode: "02" });
});

describe("authorization matrix", () => {
  for (const op of operations) {
    it(op.name, async () => {
      const seen: Record<string, Outcome> = {};
      // Refused columns first (the admin's allowed change last); a refusal must change no row.
      for (const column of COLUMNS) {
        const fixture = op.prepare ? await op.prepare() : (undefined as unknown as Fixture);
        const before = await digest();
        seen[column] = await outcome(() => op.run(actors[column], fixture));
        if (seen[column] !== "allow") expect(await digest(), `${op.name} refused for ${column} but changed rows`).toBe(before);
      }
      expect(seen).toEqual(op.expected);
    });
  }

  it("a refused call leaves every row as it was (no fixtures involved)", async () => {
    for (const column of ["staff", "healthCenter", "applicant", "viewer", "anonymous"] as Column[]) {
      const before = await digest();
      await outcome(() => inviteUser(actors[column], { email: `x-${++counter}@example.jp`, displayName: "拒否 太郎", role: "PREFECTURE_ADMIN" }));
      await outcome(() => listOutbox(actors[column]));
      await outcome(() => exportAuditEntries(actors[column], filter));
      expect(await digest(), column).toBe(before);
    }
  });

  it("another prefecture's administrator lists only their own prefecture's users and audit entries", async () => {
    const users = await listUsers(actors.otherPrefectureAdmin);
    const ids = new Set(users.map((u) => u.id));
    for (const column of ["admin", "staff", "viewer"] as Column[]) {
      const a = actors[column];
      expect(ids.has(a.kind === "user" ? a.userId : "")).toBe(false);
    }
    const audit = await listAuditEntries(actors.otherPrefectureAdmin, filter);
    expect(audit.entries.every((e) => !e.summary?.includes("行列"))).toBe(true);
  });

  it("the extra prefectureId of an invitation is ignored: it lands in the admin's prefecture", async () => {
    const address = `extra-${++counter}@example.jp`;
    await inviteUser(actors.admin, { email: address, displayName: "追加 項目", role: "VIEWER", prefectureId: 2 } as never);
    const invitation = await db.invitation.findFirstOrThrow({ where: { email: address }, include: { prefecture: true } });
    expect(invitation.prefecture.code).toBe("01");
  });
});
