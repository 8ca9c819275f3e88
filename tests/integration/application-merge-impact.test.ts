// Applications follow an organisation merge to the survivor (with their notices), and the
// region-split preview lists open applications of organisations in the ending region.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createApplication } from "@/lib/applications/mutations";
import { submitApplication } from "@/lib/applications/lifecycle";
import { applicationRegionImpact } from "@/lib/applications/region-impact";
import { createPrismaClient } from "@/lib/db-client";
import { isoDate, todayInJapan } from "@/lib/dates/date-only";
import { mergeOrganisations } from "@/lib/organisations/merge";
import { completeContent, createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let admin: Actor;
let callId: number;

beforeAll(async () => {
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  callId = (await createTestCall(db)).id;
});

async function submitted(organisationId: number) {
  const applicant = await createUserActor(db, { role: "APPLICANT", organisationId });
  const { id } = await createApplication(applicant, { callId, idempotencyKey: randomUUID(), content: completeContent() });
  await submitApplication(applicant, { applicationId: id, expectedVersion: 1 });
  return id;
}

describe("applications and organisations", () => {
  it("moves applications and notices to the survivor of a merge", async () => {
    const survivor = await createTestOrganisation(db);
    const duplicate = await createTestOrganisation(db);
    const id = await submitted(duplicate.id);
    await db.notification.create({ data: { prefectureId: duplicate.prefectureId, recipientOrganisationId: duplicate.id, kind: "test", title: "テスト" } });
    const result = await mergeOrganisations(admin, { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: survivor.version, duplicateVersion: duplicate.version });
    expect(result.moved).toMatchObject({ applications: 1, notifications: 1 });
    expect((await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).organisationId).toBe(survivor.id);
  });

  it("lists open applications of an ending region in the split preview (information only)", async () => {
    const today = todayInJapan();
    const member = await db.homeCareRegionMember.findFirstOrThrow({ where: { validTo: null, region: { validTo: null } }, include: { region: true } });
    const org = await createTestOrganisation(db);
    await db.organisation.update({ where: { id: org.id }, data: { municipalityId: member.municipalityId } });
    const id = await submitted(org.id);
    const items = await applicationRegionImpact.preview(db, {
      prefectureId: member.region.prefectureId,
      effectiveOn: today > isoDate(member.validFrom) ? today : isoDate(member.validFrom),
      endingRegionIds: [member.regionId],
      successorRegionCodes: [],
      endingRegions: [{ id: member.regionId, code: member.region.code, name: member.region.name, successors: [] }],
    });
    const item = items.find((i) => i.id === id);
    expect(item).toMatchObject({ state: "提出済み", choice: "none", defaultAction: "STAY", regionCode: member.region.code });
  });
});
