// Reading and checking the regions a change touches, inside the change's transaction. Both the
// preview and the save go through these checks (lib/regions/change-plan.ts), so a preview that
// passes is a save that passes, unless someone else changed the regions in between (版 conflict).
import "server-only";
import { dateOnly } from "@/lib/dates/date-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "./impact";
import { regionMessages } from "./messages";
import { regionEditorMessages as m } from "./editor-messages";

export const memberSelect = { id: true, code: true, name: true, kind: true, boundary: true } as const;

export async function loadRegion(tx: Tx, prefectureId: number, code: string) {
  const region = await tx.homeCareRegion.findUnique({
    where: { prefectureId_code: { prefectureId, code } },
    include: { members: { include: { municipality: { select: memberSelect } }, orderBy: { municipality: { code: "asc" } } } },
  });
  if (!region) throw new NotFoundError(regionMessages.notFound(code));
  return region;
}

export type LoadedRegion = Awaited<ReturnType<typeof loadRegion>>;
export type LoadedMember = LoadedRegion["members"][number];

export function checkVersion(region: LoadedRegion, expected: Record<string, number>) {
  const version = expected[region.code];
  if (version === undefined) throw new ValidationError(m.versionMissing(region.code));
  if (version !== region.version) throw new ConflictError(regionMessages.conflict);
}

/** The region is valid on the date, started before it, and has nothing scheduled after it. */
export function checkDated(region: LoadedRegion, effectiveOn: string) {
  const effective = dateOnly(effectiveOn);
  const err = (message: string) => new ValidationError(message, { effectiveOn: [message] });
  if (effective <= region.validFrom) throw err(m.effectiveNotAfterStart(region.name, effectiveOn));
  if (region.validTo && region.validTo <= effective) throw err(m.notActiveOn(region.name, effectiveOn));
  if (region.validTo) throw err(m.scheduledEnd(region.name));
  const scheduled = region.members.find((x) => x.validFrom > effective || (x.validTo && x.validTo > effective));
  if (scheduled) throw err(m.scheduledMember(scheduled.municipality.name));
}

export function membersOn(region: LoadedRegion, effectiveOn: string): LoadedMember[] {
  const d = dateOnly(effectiveOn);
  return region.members.filter((x) => x.validFrom <= d && (!x.validTo || x.validTo > d));
}

/** New codes must not exist in the prefecture (codes are never reused, ADR 0005). */
export async function checkCodesFree(tx: Tx, prefectureId: number, codes: { code: string; field: string }[]) {
  if (codes.length === 0) return;
  const taken = await tx.homeCareRegion.findMany({ where: { prefectureId, code: { in: codes.map((c) => c.code) } }, select: { code: true } });
  const first = codes.find((c) => taken.some((t) => t.code === c.code));
  if (first) throw new ValidationError(regionMessages.codeInUse(first.code), { [first.field]: [regionMessages.codeInUse(first.code)] });
}

/** Each chosen code is a current member of `region` (named as in the form's `field`). */
export function pickMembers(region: LoadedRegion, current: LoadedMember[], codes: string[], field: string): LoadedMember[] {
  const picked: LoadedMember[] = [];
  for (const code of codes) {
    const member = current.find((x) => x.municipality.code === code);
    if (!member) {
      const known = region.members.find((x) => x.municipality.code === code)?.municipality.name ?? code;
      throw new ValidationError(m.memberNotIn(known, region.name), { [field]: [m.memberNotIn(known, region.name)] });
    }
    if (!picked.includes(member)) picked.push(member);
  }
  return picked;
}
