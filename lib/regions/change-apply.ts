// Executing a planned change inside its transaction: versions, validity periods, members,
// successions, boundaries, impact providers and the audit row.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { dateOnly } from "@/lib/dates/date-only";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unionBoundaries, type Geometry } from "./boundary";
import type { ChangePlan, PlannedRegion } from "./change-plan";
import type { LoadedMember } from "./change-load";
import { regionEditorMessages as m } from "./editor-messages";
import type { ImpactDecision, RegionImpactItem, RegionImpactProvider, Tx } from "./impact";
import { regionMessages } from "./messages";
import { validOn } from "@/lib/validity";

export interface ProviderRun {
  provider: RegionImpactProvider;
  items: RegionImpactItem[];
  decisions: ImpactDecision[];
}

const boundaryOf = (members: LoadedMember[]) =>
  (unionBoundaries(members.map((x) => x.municipality.boundary as Geometry | null)) ?? undefined) as Prisma.InputJsonValue | undefined;

export async function applyPlan(tx: Tx, actor: Actor, prefectureId: number, plan: ChangePlan, runs: ProviderRun[]) {
  const effective = plan.effectiveOn ? dateOnly(plan.effectiveOn) : null;
  const endingIds = new Set(plan.ending.map((e) => e.region.id));

  // Optimistic concurrency: each version read in the plan must still be current.
  for (const region of plan.touched) {
    const data: Prisma.HomeCareRegionUpdateManyMutationInput = { version: { increment: 1 } };
    if (endingIds.has(region.id)) data.validTo = effective;
    if (plan.update?.region.id === region.id) Object.assign(data, plan.update.data);
    const remaining = plan.remaining.get(region.code);
    if (remaining) data.boundary = boundaryOf(remaining);
    const updated = await tx.homeCareRegion.updateMany({ where: { id: region.id, version: region.version }, data });
    if (updated.count !== 1) throw new ConflictError(regionMessages.conflict);
  }

  if (effective) {
    // Members leave their region on the effective date (a row starting that day just moves).
    for (const move of plan.moves) {
      const row = move.member;
      if (row.validFrom.getTime() === effective.getTime()) await tx.homeCareRegionMember.delete({ where: { id: row.id } });
      else await tx.homeCareRegionMember.update({ where: { id: row.id }, data: { validTo: effective } });
    }
  }

  // An ending region's lead 保健所 ends with it (the lead provider may carry it to successors).
  if (effective && endingIds.size > 0) {
    await tx.homeCareRegionLead.updateMany({ where: { regionId: { in: [...endingIds] }, ...validOn(effective) }, data: { validTo: effective } });
  }

  const created = new Map<string, { id: number; code: string; name: string }>();
  for (const s of plan.starting) created.set(s.code, await createRegion(tx, prefectureId, s, effective!));

  if (effective) {
    const targets = targetIds(plan, created);
    await tx.homeCareRegionMember.createMany({
      data: plan.moves.map((mv) => ({ regionId: targets.get(mv.to.code)!, municipalityId: mv.member.municipality.id, validFrom: effective })),
    });
  }

  const successorsByEndingRegionId: Record<number, { id: number; code: string; name: string }[]> = {};
  for (const e of plan.ending) {
    successorsByEndingRegionId[e.region.id] = e.successorCodes.map((c) => created.get(c)!);
    for (const c of e.successorCodes) {
      await tx.homeCareRegionSuccession.create({
        data: { predecessorId: e.region.id, successorId: created.get(c)!.id, kind: plan.change.kind === "merge" ? "MERGE" : "SPLIT", effectiveOn: effective! },
      });
    }
  }

  for (const run of runs) {
    await run.provider.apply(tx, actor, { prefectureId, effectiveOn: plan.effectiveOn!, items: run.items, decisions: run.decisions, successorsByEndingRegionId });
  }

  await recordAudit(tx, actor, { prefectureId, ...auditOf(plan, runs) });
}

async function createRegion(tx: Tx, prefectureId: number, s: PlannedRegion, effective: Date) {
  return tx.homeCareRegion.create({
    data: {
      prefectureId,
      code: s.code,
      name: s.name,
      nameKana: s.nameKana,
      provisional: s.provisional,
      secondaryRegionId: s.secondaryRegionId,
      validFrom: effective,
      sortOrder: s.sortOrder,
      boundary: boundaryOf(s.members),
    },
    select: { id: true, code: true, name: true },
  });
}

function targetIds(plan: ChangePlan, created: Map<string, { id: number }>) {
  const ids = new Map([...created].map(([code, r]) => [code, r.id]));
  for (const r of plan.touched) ids.set(r.code, r.id);
  return ids;
}

function auditOf(plan: ChangePlan, runs: ProviderRun[]) {
  const c = plan.change;
  const a = m.audit;
  const date = plan.effectiveOn ? m.wareki(plan.effectiveOn) : "";
  const regionCodes = [...plan.touched.map((r) => r.code), ...plan.starting.map((s) => s.code)];
  const impact = runs.map((r) => ({ provider: r.provider.key, decisions: r.decisions }));
  const data = { change: c, regionCodes, impact } as unknown as Prisma.InputJsonValue;
  const entity = { entityType: "home_care_region", entityId: regionCodes[0] ?? null, data };
  const memberNames = plan.moves.map((mv) => mv.member.municipality.name);
  switch (c.kind) {
    case "create":
      return { ...entity, action: "home_care_region.create", summary: a.create(c.region.name, date, memberNames) };
    case "rename":
      return { ...entity, action: "home_care_region.rename", summary: a.rename(plan.update!.region.name, c.name) };
    case "official":
      return { ...entity, action: "home_care_region.official", summary: c.provisional ? a.provisional(plan.update!.region.name) : a.official(plan.update!.region.name, c.source ?? "") };
    case "split":
      return { ...entity, action: "home_care_region.split", summary: a.split(plan.touched[0].name, date, plan.starting.map((s) => s.name)) };
    case "merge":
      return { ...entity, action: "home_care_region.merge", summary: a.merge(plan.touched.map((r) => r.name), date, c.successor.name) };
    case "move":
      return { ...entity, action: "home_care_region.move", summary: a.move(memberNames, plan.touched[0].name, plan.touched[1].name, date) };
  }
}
