// Demo accounts, one per role, created only for the demo portal and labelled サンプル.
import type { Db } from "../db-client";
import type { Role } from "../generated/prisma/client";
import { hashPasswordArgon2id } from "../auth/password-hash";

export const DEMO_PASSWORD = "zaitaku-demo-2026";

interface DemoAccount {
  /** Fixed ids, so demo links and tests can name the accounts. */
  id: string;
  email: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  healthCenter?: string;
  /** municipalityCode: where the organisation is (its 在宅医療圏's needs page counts its applications). */
  organisation?: { name: string; type: "MEDICAL_ASSOCIATION" | "SUPPORT_CENTER"; municipalityCode?: string };
}

export const demoAccounts: DemoAccount[] = [
  { id: "00000000-0000-4000-8000-000000000001", email: "admin@demo.zaitaku.example", displayName: "本庁 管理者（サンプル）", role: "PREFECTURE_ADMIN", roleLabel: "本庁管理者" },
  { id: "00000000-0000-4000-8000-000000000002", email: "staff@demo.zaitaku.example", displayName: "本庁 担当者（サンプル）", role: "PREFECTURE_STAFF", roleLabel: "本庁担当" },
  { id: "00000000-0000-4000-8000-000000000003", email: "hokenjo@demo.zaitaku.example", displayName: "市立函館保健所 担当者（サンプル）", role: "HEALTH_CENTER", roleLabel: "保健所", healthCenter: "市立函館保健所" },
  { id: "00000000-0000-4000-8000-000000000004", email: "applicant@demo.zaitaku.example", displayName: "函館市医師会 担当者（サンプル）", role: "APPLICANT", roleLabel: "申請者", organisation: { name: "函館市医師会（サンプル）", type: "MEDICAL_ASSOCIATION", municipalityCode: "01202" } },
  { id: "00000000-0000-4000-8000-000000000005", email: "viewer@demo.zaitaku.example", displayName: "在宅医療推進支援センター 担当者（サンプル）", role: "VIEWER", roleLabel: "閲覧者", organisation: { name: "在宅医療推進支援センター（サンプル）", type: "SUPPORT_CENTER" } },
];

/** Creates the demo accounts that do not exist yet (idempotent). */
export async function seedDemoAccounts(db: Db, prefectureCode: string): Promise<void> {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: prefectureCode } });
  const passwordHash = await hashPasswordArgon2id(DEMO_PASSWORD);
  for (const a of demoAccounts) {
    if (await db.user.findUnique({ where: { email: a.email } })) continue;
    const organisation = a.organisation
      ? await db.organisation.upsert({
          where: { prefectureId_name: { prefectureId: prefecture.id, name: a.organisation.name } },
          create: {
            prefectureId: prefecture.id,
            name: a.organisation.name,
            type: a.organisation.type,
            isSample: true,
            municipalityId: a.organisation.municipalityCode ? (await db.municipality.findUnique({ where: { code: a.organisation.municipalityCode } }))?.id : undefined,
          },
          update: {},
        })
      : null;
    const healthCenter = a.healthCenter
      ? await db.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId: prefecture.id, name: a.healthCenter } } })
      : null;
    await db.user.create({
      data: {
        id: a.id,
        email: a.email,
        displayName: a.displayName,
        passwordHash,
        passwordChangedAt: new Date(),
        isSample: true,
        memberships: { create: { prefectureId: prefecture.id, role: a.role, organisationId: organisation?.id ?? null, healthCenterId: healthCenter?.id ?? null } },
      },
    });
  }
}
