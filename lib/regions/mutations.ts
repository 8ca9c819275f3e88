// Changes to 在宅医療圏 definitions. A split ends the region on the effective date and starts its
// successors that day; every member moves to exactly one successor; the past is untouched.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { dateOnly, isoDate } from "@/lib/dates/date-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { regionMessages as m } from "./messages";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unionBoundaries, type Geometry } from "./boundary";
import { assertCanDefineRegions } from "./policy";
import { validOn } from "@/lib/validity";
import { SplitRegionSchema, type SplitRegionInput } from "./schema";

export async function splitRegion(actor: Actor, prefectureId: number, raw: SplitRegionInput) {
  await assertCanDefineRegions(actor, prefectureId, raw?.regionCode ?? "");
  const parsed = SplitRegionSchema.safeParse(raw);
  if (!parsed.success) {
    throw ValidationError.fromIssues(parsed.error.issues);
  }
  const input = parsed.data;
  const effective = dateOnly(input.effectiveOn);

  return db().$transaction(async (tx) => {
    const region = await tx.homeCareRegion.findUnique({
      where: { prefectureId_code: { prefectureId, code: input.regionCode } },
      include: { members: { include: { municipality: { select: { id: true, code: true, name: true, boundary: true } } } }, leads: true },
    });
    if (!region) throw new NotFoundError(m.notFound(input.regionCode));
    if (region.version !== input.expectedVersion) throw new ConflictError(m.conflict);
    if (effective <= region.validFrom) throw new ValidationError(m.effectiveNotAfterStart(input.effectiveOn), { effectiveOn: [m.effectiveNotAfterStart(input.effectiveOn)] });
    if (region.validTo && effective >= region.validTo) throw new ValidationError(m.notActiveOn(region.code, input.effectiveOn));

    const current = region.members.filter((x) => x.validFrom <= effective && (!x.validTo || x.validTo > effective));
    const scheduled = region.members.find((x) => x.validFrom > effective);
    if (scheduled) throw new ValidationError(m.scheduledChange(scheduled.municipality.name));
    checkPartition(current.map((x) => x.municipality), input.successors);

    const taken = await tx.homeCareRegion.findMany({
      where: { prefectureId, code: { in: input.successors.map((s) => s.code) } },
      select: { code: true },
    });
    if (taken.length > 0) throw new ValidationError(m.codeInUse(taken[0].code), { successors: [m.codeInUse(taken[0].code)] });

    // Optimistic concurrency: the version read above must still be the version we end.
    const ended = await tx.homeCareRegion.updateMany({
      where: { id: region.id, version: input.expectedVersion },
      data: { validTo: effective, version: { increment: 1 } },
    });
    if (ended.count !== 1) throw new ConflictError(m.conflict);
    await tx.homeCareRegionMember.updateMany({
      where: { regionId: region.id, ...validOn(input.effectiveOn) },
      data: { validTo: effective },
    });
    const currentLead = region.leads.find((l) => l.validFrom <= effective && (!l.validTo || l.validTo > effective));
    if (currentLead) await tx.homeCareRegionLead.update({ where: { id: currentLead.id }, data: { validTo: effective } });

    const byCode = new Map(current.map((x) => [x.municipality.code, x.municipality]));
    const created: { code: string; name: string }[] = [];
    for (const [i, s] of input.successors.entries()) {
      const successor = await tx.homeCareRegion.create({
        data: {
          prefectureId,
          code: s.code,
          name: s.name,
          provisional: region.provisional,
          secondaryRegionId: region.secondaryRegionId,
          validFrom: effective,
          sortOrder: region.sortOrder * 100 + i + 1,
          boundary: (unionBoundaries(s.memberCodes.map((code) => byCode.get(code)!.boundary as Geometry | null)) ?? undefined) as Prisma.InputJsonValue | undefined,
        },
      });
      await tx.homeCareRegionMember.createMany({
        data: s.memberCodes.map((code) => ({ regionId: successor.id, municipalityId: byCode.get(code)!.id, validFrom: effective })),
      });
      await tx.homeCareRegionSuccession.create({
        data: { predecessorId: region.id, successorId: successor.id, kind: "SPLIT", effectiveOn: effective },
      });
      if (currentLead) {
        await tx.homeCareRegionLead.create({
          data: { regionId: successor.id, healthCenterId: currentLead.healthCenterId, validFrom: effective, isSample: currentLead.isSample },
        });
      }
      created.push({ code: successor.code, name: successor.name });
    }
    await recordAudit(tx, actor, {
      prefectureId,
      action: "home_care_region.split",
      entityType: "home_care_region",
      entityId: region.code,
      summary: `在宅医療圏「${region.name}」を${isoDate(effective)}付けで${created.map((c) => `「${c.name}」`).join("・")}に分割しました`,
      data: { effectiveOn: input.effectiveOn, successors: input.successors },
    });
    return { ended: { code: region.code, validTo: input.effectiveOn }, successors: created };
  });
}

/** Every current member in exactly one successor, and nothing else. */
function checkPartition(members: { code: string; name: string }[], successors: SplitRegionInput["successors"]) {
  const names = new Map(members.map((x) => [x.code, x.name]));
  const seen = new Set<string>();
  for (const s of successors) {
    for (const code of s.memberCodes) {
      if (!names.has(code)) throw new ValidationError(m.memberForeign(code), { successors: [m.memberForeign(code)] });
      if (seen.has(code)) throw new ValidationError(m.memberTwice(names.get(code)!), { successors: [m.memberTwice(names.get(code)!)] });
      seen.add(code);
    }
  }
  const missing = members.find((x) => !seen.has(x.code));
  if (missing) throw new ValidationError(m.memberMissing(missing.name), { successors: [m.memberMissing(missing.name)] });
}
