// The editor's working state (what the user has typed and chosen) and the change it describes.
// Client-side; the server re-validates everything (lib/regions/change-plan.ts).
import type { EditorRegion } from "@/lib/regions/editor-queries";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";

export type ChangeKind = "create" | "rename" | "split" | "merge" | "move" | "official";

export interface NewRegionDraft {
  code: string;
  name: string;
  nameKana: string;
}

export interface Draft {
  successors: NewRegionDraft[];
  /** split: member code → index of its successor (absent: not yet chosen). */
  assign: Record<string, number>;
  /** merge: the other regions merged with the primary one. */
  mergeWith: string[];
  /** merge / create: the new region. */
  region: NewRegionDraft;
  /** move: the region members go to. */
  to: string;
  /** move / create: the chosen members. */
  picked: string[];
  name: string;
  nameKana: string;
  source: string;
}

const blank = (): NewRegionDraft => ({ code: "", name: "", nameKana: "" });

export function initialDraft(primary: EditorRegion | null): Draft {
  return {
    successors: [blank(), blank()],
    assign: {},
    mergeWith: [],
    region: blank(),
    to: "",
    picked: [],
    name: primary?.name ?? "",
    nameKana: primary?.nameKana ?? "",
    source: "",
  };
}

const kana = (v: string) => (v.trim() ? v.trim() : undefined);
const newRegion = (r: NewRegionDraft) => ({ code: r.code.trim(), name: r.name.trim(), nameKana: kana(r.nameKana) });

/** The change the draft describes, as the domain's RegionChangeSchema expects it. */
export function buildChange(kind: ChangeKind, primary: EditorRegion | null, effectiveOn: string, draft: Draft, regions: EditorRegion[]) {
  const expectedVersions = Object.fromEntries(regions.map((r) => [r.code, r.version]));
  const code = primary?.code ?? "";
  switch (kind) {
    case "split":
      return {
        kind,
        regionCode: code,
        effectiveOn,
        expectedVersions,
        successors: draft.successors.map((s, i) => ({ ...newRegion(s), memberCodes: Object.entries(draft.assign).filter(([, j]) => j === i).map(([c]) => c) })),
      };
    case "merge":
      return { kind, regionCodes: [code, ...draft.mergeWith], effectiveOn, expectedVersions, successor: newRegion(draft.region) };
    case "move":
      return { kind, fromRegionCode: code, toRegionCode: draft.to, effectiveOn, expectedVersions, memberCodes: draft.picked };
    case "create":
      return { kind, effectiveOn, expectedVersions, region: newRegion(draft.region), memberCodes: draft.picked };
    case "rename":
      return { kind, regionCode: code, expectedVersions, name: draft.name.trim(), nameKana: kana(draft.nameKana) };
    case "official":
      return primary?.provisional
        ? { kind, regionCode: code, expectedVersions, provisional: false, source: draft.source.trim() || undefined }
        : { kind, regionCode: code, expectedVersions, provisional: true };
  }
}

/** Where the save leads: the region the change is about (a new one for create). */
export function returnTo(kind: ChangeKind, primary: EditorRegion | null, draft: Draft): string {
  return kind === "create" ? draft.region.code.trim() : (primary?.code ?? "");
}

/** Colour group of each member in the proposal (for the map): index into the legend. */
export function proposalGroups(kind: ChangeKind, primary: EditorRegion | null, draft: Draft, regions: EditorRegion[]): { legend: string[]; groupOf: Map<string, number> } {
  const groupOf = new Map<string, number>();
  if (kind === "split" && primary) {
    primary.members.forEach((x) => draft.assign[x.code] !== undefined && groupOf.set(x.code, draft.assign[x.code]));
    return { legend: draft.successors.map((s, i) => s.name || `${i + 1}`), groupOf };
  }
  if (kind === "merge" && primary) {
    for (const r of regions.filter((r) => r.code === primary.code || draft.mergeWith.includes(r.code))) r.members.forEach((x) => groupOf.set(x.code, 0));
    return { legend: [draft.region.name || m.legend.merged], groupOf };
  }
  if ((kind === "move" || kind === "create") && (primary || kind === "create")) {
    primary?.members.forEach((x) => groupOf.set(x.code, 1));
    regions.find((r) => r.code === draft.to)?.members.forEach((x) => groupOf.set(x.code, 1));
    draft.picked.forEach((c) => groupOf.set(c, 0));
    return { legend: [kind === "create" ? draft.region.name || m.legend.created : m.legend.moving, m.legend.stays], groupOf };
  }
  return { legend: [], groupOf };
}
