// Changes to 在宅医療圏 definitions, one function per kind of change. Each goes through
// saveRegionChange (lib/regions/change.ts): the same checks as the editor's preview, the impact
// providers, optimistic concurrency on every region touched, and one audit row, in one transaction.
// Dated changes end rows on the effective date and start new ones; the past is untouched (ADR 0005).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { saveRegionChange, type RegionChangeOptions } from "./change";
import type { ImpactDecisionsInput } from "./impact";
import type { SplitRegionInput } from "./schema";

type Versions = Record<string, number>;
type NewRegion = { code: string; name: string; nameKana?: string };

/** Ends a region on the date and starts its successors; each current member goes to exactly one. */
export async function splitRegion(actor: Actor, prefectureId: number, input: SplitRegionInput, decisions: ImpactDecisionsInput = {}, options: RegionChangeOptions = {}) {
  const change = {
    kind: "split",
    regionCode: input?.regionCode,
    effectiveOn: input?.effectiveOn,
    expectedVersions: { [input?.regionCode ?? ""]: input?.expectedVersion },
    successors: input?.successors,
  };
  const result = await saveRegionChange(actor, prefectureId, change, decisions, options);
  return { ended: { code: input.regionCode, validTo: input.effectiveOn }, successors: result.starting.map((s) => ({ code: s.code, name: s.name })) };
}

/** Ends N regions on the date and starts one successor holding all their members. */
export async function mergeRegions(actor: Actor, prefectureId: number, input: { regionCodes: string[]; effectiveOn: string; expectedVersions: Versions; successor: NewRegion }, decisions: ImpactDecisionsInput = {}, options: RegionChangeOptions = {}) {
  return saveRegionChange(actor, prefectureId, { kind: "merge", ...input }, decisions, options);
}

/** Starts a new region on the date with members taken from the regions they belong to (which keep their identity). */
export async function createRegion(actor: Actor, prefectureId: number, input: { region: NewRegion; effectiveOn: string; expectedVersions: Versions; memberCodes: string[] }) {
  return saveRegionChange(actor, prefectureId, { kind: "create", ...input });
}

/** Moves members from one region to another on the date; both regions keep their identity and code. */
export async function moveMembers(actor: Actor, prefectureId: number, input: { fromRegionCode: string; toRegionCode: string; effectiveOn: string; expectedVersions: Versions; memberCodes: string[] }) {
  return saveRegionChange(actor, prefectureId, { kind: "move", ...input });
}

/** Corrects a region's name or reading. Not a new region, and not dated (ADR 0018). */
export async function renameRegion(actor: Actor, prefectureId: number, input: { regionCode: string; expectedVersions: Versions; name: string; nameKana?: string }) {
  return saveRegionChange(actor, prefectureId, { kind: "rename", ...input });
}

/** Removes the 暫定 label with the source of the official definition, or puts it back (provisional: true). */
export async function markOfficial(actor: Actor, prefectureId: number, input: { regionCode: string; expectedVersions: Versions; provisional: boolean; source?: string }) {
  return saveRegionChange(actor, prefectureId, { kind: "official", ...input });
}
