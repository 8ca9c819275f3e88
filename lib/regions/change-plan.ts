// What a change to the 在宅医療圏 definitions does, worked out before anything is written: which
// regions end, which start, which members move, which regions are updated in place. The preview
// shows a plan; the save executes the same plan (lib/regions/change-apply.ts).
import "server-only";
import { ValidationError } from "@/lib/errors";
import type { RegionChange } from "./change-schema";
import { checkCodesFree, checkDated, checkVersion, loadRegion, membersOn, pickMembers, type LoadedMember, type LoadedRegion } from "./change-load";
import type { Tx } from "./impact";
import { regionEditorMessages as m } from "./editor-messages";
import { regionMessages as rm } from "./messages";
import { validOn } from "@/lib/validity";

export interface PlannedRegion {
  code: string;
  name: string;
  nameKana: string | null;
  provisional: boolean;
  secondaryRegionId: number | null;
  sortOrder: number;
  members: LoadedMember[];
}

export interface PlannedMove {
  member: LoadedMember;
  from: { code: string; name: string };
  to: { code: string; name: string };
}

export interface ChangePlan {
  change: RegionChange;
  effectiveOn: string | null;
  /** Existing regions the change touches: each gets version + 1. */
  touched: LoadedRegion[];
  /** Regions that end on effectiveOn, with the regions that succeed them. */
  ending: { region: LoadedRegion; successorCodes: string[] }[];
  starting: PlannedRegion[];
  moves: PlannedMove[];
  /** In-place updates of a region's attributes (rename, 暫定). */
  update: { region: LoadedRegion; data: { name?: string; nameKana?: string | null; provisional?: boolean; definitionSource?: string | null } } | null;
  /** For move/create: the members each touched region keeps, for its new boundary. */
  remaining: Map<string, LoadedMember[]>;
}

const moves = (members: LoadedMember[], from: LoadedRegion, to: { code: string; name: string }): PlannedMove[] =>
  members.map((member) => ({ member, from: { code: from.code, name: from.name }, to }));

export async function planChange(tx: Tx, prefectureId: number, change: RegionChange): Promise<ChangePlan> {
  const base = { change, touched: [] as LoadedRegion[], ending: [], starting: [], moves: [], update: null, remaining: new Map() };
  switch (change.kind) {
    case "rename": {
      const region = await loadRegion(tx, prefectureId, change.regionCode);
      checkVersion(region, change.expectedVersions);
      if (region.name === change.name && (region.nameKana ?? undefined) === change.nameKana) throw new ValidationError(m.nothingChanged, { name: [m.nothingChanged] });
      return { ...base, effectiveOn: null, touched: [region], update: { region, data: { name: change.name, nameKana: change.nameKana ?? null } } };
    }
    case "official": {
      const region = await loadRegion(tx, prefectureId, change.regionCode);
      checkVersion(region, change.expectedVersions);
      if (!change.provisional && !region.provisional) throw new ValidationError(m.alreadyOfficial(region.name));
      if (change.provisional && region.provisional) throw new ValidationError(m.alreadyProvisional(region.name));
      if (!change.provisional && !change.source) throw new ValidationError(m.sourceRequired, { source: [m.sourceRequired] });
      const data = change.provisional ? { provisional: true, definitionSource: null } : { provisional: false, definitionSource: change.source! };
      return { ...base, effectiveOn: null, touched: [region], update: { region, data } };
    }
    case "split": {
      const region = await loadRegion(tx, prefectureId, change.regionCode);
      checkVersion(region, change.expectedVersions);
      checkDated(region, change.effectiveOn);
      const current = membersOn(region, change.effectiveOn);
      checkPartition(current, change.successors);
      await checkCodesFree(tx, prefectureId, change.successors.map((s, i) => ({ code: s.code, field: `successors.${i}.code` })));
      const starting = change.successors.map((s, i) => ({
        code: s.code,
        name: s.name,
        nameKana: s.nameKana ?? null,
        provisional: region.provisional,
        secondaryRegionId: region.secondaryRegionId,
        sortOrder: region.sortOrder * 100 + i + 1,
        members: s.memberCodes.map((code) => current.find((x) => x.municipality.code === code)!),
      }));
      const successorCodes = starting.map((s) => s.code);
      return {
        ...base,
        effectiveOn: change.effectiveOn,
        touched: [region],
        ending: [{ region, successorCodes }],
        starting,
        moves: starting.flatMap((s) => moves(s.members, region, s)),
      };
    }
    case "merge": {
      const regions: LoadedRegion[] = [];
      for (const code of [...new Set(change.regionCodes)]) regions.push(await loadRegion(tx, prefectureId, code));
      if (regions.length < 2) throw new ValidationError(m.mergeTooFew, { regionCodes: [m.mergeTooFew] });
      regions.forEach((r) => checkVersion(r, change.expectedVersions));
      regions.forEach((r) => checkDated(r, change.effectiveOn));
      await checkCodesFree(tx, prefectureId, [{ code: change.successor.code, field: "successor.code" }]);
      const secondary = new Set(regions.map((r) => r.secondaryRegionId));
      const successor: PlannedRegion = {
        code: change.successor.code,
        name: change.successor.name,
        nameKana: change.successor.nameKana ?? null,
        provisional: regions.some((r) => r.provisional),
        secondaryRegionId: secondary.size === 1 ? regions[0].secondaryRegionId : null,
        sortOrder: Math.min(...regions.map((r) => r.sortOrder)),
        members: regions.flatMap((r) => membersOn(r, change.effectiveOn)),
      };
      return {
        ...base,
        effectiveOn: change.effectiveOn,
        touched: regions,
        ending: regions.map((region) => ({ region, successorCodes: [successor.code] })),
        starting: [successor],
        moves: regions.flatMap((r) => moves(membersOn(r, change.effectiveOn), r, successor)),
      };
    }
    case "move": {
      if (change.fromRegionCode === change.toRegionCode) throw new ValidationError(m.sameRegion, { toRegionCode: [m.sameRegion] });
      const from = await loadRegion(tx, prefectureId, change.fromRegionCode);
      const to = await loadRegion(tx, prefectureId, change.toRegionCode);
      [from, to].forEach((r) => checkVersion(r, change.expectedVersions));
      [from, to].forEach((r) => checkDated(r, change.effectiveOn));
      const current = membersOn(from, change.effectiveOn);
      const picked = pickMembers(from, current, change.memberCodes, "memberCodes");
      const keeps = current.filter((x) => !picked.includes(x));
      if (keeps.length === 0) throw new ValidationError(m.sourceEmptied(from.name), { memberCodes: [m.sourceEmptied(from.name)] });
      const remaining = new Map([
        [from.code, keeps],
        [to.code, [...membersOn(to, change.effectiveOn), ...picked]],
      ]);
      return { ...base, effectiveOn: change.effectiveOn, touched: [from, to], moves: moves(picked, from, to), remaining };
    }
    case "create":
      return planCreate(tx, prefectureId, change, base);
  }
}

async function planCreate(tx: Tx, prefectureId: number, change: Extract<RegionChange, { kind: "create" }>, base: Omit<ChangePlan, "effectiveOn">): Promise<ChangePlan> {
  await checkCodesFree(tx, prefectureId, [{ code: change.region.code, field: "region.code" }]);
  const sources = await regionsOfMembers(tx, prefectureId, change.memberCodes, change.effectiveOn);
  const touched: LoadedRegion[] = [];
  for (const code of sources) touched.push(await loadRegion(tx, prefectureId, code));
  const remaining = new Map<string, LoadedMember[]>();
  const planned: PlannedMove[] = [];
  const target = { code: change.region.code, name: change.region.name };
  for (const region of touched) {
    checkVersion(region, change.expectedVersions);
    checkDated(region, change.effectiveOn);
    const current = membersOn(region, change.effectiveOn);
    const picked = current.filter((x) => change.memberCodes.includes(x.municipality.code));
    const keeps = current.filter((x) => !picked.includes(x));
    if (keeps.length === 0) throw new ValidationError(m.sourceEmptied(region.name), { memberCodes: [m.sourceEmptied(region.name)] });
    remaining.set(region.code, keeps);
    planned.push(...moves(picked, region, target));
  }
  const first = touched[0];
  const starting: PlannedRegion = {
    ...target,
    nameKana: change.region.nameKana ?? null,
    provisional: true,
    secondaryRegionId: first?.secondaryRegionId ?? null,
    sortOrder: (first?.sortOrder ?? 0) * 100 + 99,
    members: planned.map((p) => p.member),
  };
  return { ...base, effectiveOn: change.effectiveOn, touched, starting: [starting], moves: planned, remaining };
}

/** The codes of the regions the chosen members belong to on the date (each member must belong to one). */
async function regionsOfMembers(tx: Tx, prefectureId: number, codes: string[], effectiveOn: string): Promise<string[]> {
  const municipalities = await tx.municipality.findMany({
    where: { prefectureId, code: { in: codes } },
    select: { code: true, name: true, kind: true, regionMembers: { where: validOn(effectiveOn), select: { region: { select: { code: true } } } } },
  });
  const regions = new Set<string>();
  for (const code of codes) {
    const found = municipalities.find((x) => x.code === code);
    if (!found) throw new ValidationError(m.memberUnknown(code), { memberCodes: [m.memberUnknown(code)] });
    if (found.kind === "DESIGNATED_CITY") throw new ValidationError(m.memberDesignatedCity(found.name), { memberCodes: [m.memberDesignatedCity(found.name)] });
    const region = found.regionMembers[0]?.region.code;
    if (!region) throw new ValidationError(m.memberNoRegion(found.name), { memberCodes: [m.memberNoRegion(found.name)] });
    regions.add(region);
  }
  return [...regions];
}

/** Every current member in exactly one successor, and nothing else. */
function checkPartition(members: LoadedMember[], successors: { memberCodes: string[] }[]) {
  const names = new Map(members.map((x) => [x.municipality.code, x.municipality.name]));
  const seen = new Set<string>();
  const fail = (message: string) => new ValidationError(message, { successors: [message] });
  for (const s of successors) {
    for (const code of s.memberCodes) {
      if (!names.has(code)) throw fail(rm.memberForeign(code));
      if (seen.has(code)) throw fail(rm.memberTwice(names.get(code)!));
      seen.add(code);
    }
  }
  const missing = members.find((x) => !seen.has(x.municipality.code));
  if (missing) throw fail(rm.memberMissing(missing.municipality.name));
}
