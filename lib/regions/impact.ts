// The impact of a 在宅医療圏 change on records that refer to regions (ADR 0018). A change that ends
// regions (split, merge) asks every registered provider (lib/regions/impact-providers.ts) which of
// its records refer to the ending regions; the editor's preview shows them, the user decides per
// item, and the save calls each provider's `apply` inside the same transaction as the change.
//
// HOW TO ADD A PROVIDER (e.g. designations, reports, applications):
// 1. In your own domain folder (lib/designations/region-impact.ts, say) export a
//    `RegionImpactProvider` object:
//      - `key`: stable, unique ("designations"); `label`: Japanese heading shown in the preview
//        ("拠点・積極的役割の指定").
//      - `preview(tx, ctx)`: read-only. Return one `RegionImpactItem` per record that refers to one
//        of `ctx.endingRegions` on or after `ctx.effectiveOn` (open records) or before it (closed
//        records, shown as "stays with the region as it was"). Use `tx` for every query.
//      - `apply(tx, actor, ctx)`: write what the decisions say (e.g. end the designation's region
//        link on `effectiveOn` and start links to the chosen successor region ids), and write your
//        own audit rows with recordAudit(tx, ...). Throw ValidationError to refuse; the whole change
//        is rolled back. `ctx.decisions` holds one decision per item your preview returned, in the
//        same order, defaults filled in for items the user did not touch.
// 2. Add it to the array in lib/regions/impact-providers.ts (one import, one line).
//
// WHAT THE UI SHOWS for an item: its title, state and whether it is open ("有効"/"終了");
// - `choice: "successors"` (e.g. an active designation): checkboxes, one per successor region of
//   the item's ending region, pre-ticked with `defaultSuccessorCodes` (normally all of them); the
//   user may untick some (at least one must stay ticked, or choose "stay"). The decision's
//   `successorCodes` are the ticked codes; `action` is "CARRY_OVER", or "STAY" when none is wanted.
// - `choice: "none"` (closed records, historical data): shown as information with `defaultAction`
//   ("STAY": stays with the region as it was); the decision is always the default.
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** What happens to a record that refers to an ending region. */
export type ImpactAction = "CARRY_OVER" | "STAY";

/** A region that ends on the effective date, and the regions that take over from it. */
export interface EndingRegion {
  id: number;
  code: string;
  name: string;
  /** Successor regions (existing or created by the change), by code; ids are known only in apply. */
  successors: { code: string; name: string }[];
}

export interface ImpactPreviewContext {
  prefectureId: number;
  /** ISO date (YYYY-MM-DD): the first day of the new definition. */
  effectiveOn: string;
  endingRegionIds: number[];
  successorRegionCodes: string[];
  /** The same regions with their successors, for providers that need the mapping. */
  endingRegions: EndingRegion[];
}

export interface RegionImpactItem {
  /** Unique within the provider (e.g. the record's id as a string); decisions refer to it. */
  id: string;
  /** Japanese title shown in the preview (e.g. "十勝医師会（在宅医療に必要な連携を担う拠点）"). */
  title: string;
  /** Japanese state label (e.g. "指定中", "承認済み"). */
  state: string;
  /** Open / active on the effective date: it can carry over. Closed records stay. */
  open: boolean;
  /** The ending region the record refers to. */
  regionCode: string;
  defaultAction: ImpactAction;
  /** For CARRY_OVER: the successor codes ticked by default (normally all of the region's successors). */
  defaultSuccessorCodes: string[];
  /** "successors": the user picks successors (checkboxes); "none": information only. */
  choice: "successors" | "none";
  /** Optional Japanese note shown under the item. */
  note?: string;
}

export interface ImpactDecision {
  itemId: string;
  action: ImpactAction;
  /** Successor region codes the record carries over to (empty for STAY). */
  successorCodes: string[];
}

export interface ImpactApplyContext {
  prefectureId: number;
  effectiveOn: string;
  /** The items preview returned inside this transaction, and the decision for each (same order). */
  items: RegionImpactItem[];
  decisions: ImpactDecision[];
  /** Ending region id → its successor regions, now with ids (successors are created before apply). */
  successorsByEndingRegionId: Record<number, { id: number; code: string; name: string }[]>;
}

export interface RegionImpactProvider {
  key: string;
  /** Japanese heading of the provider's section in the preview. */
  label: string;
  preview(tx: Tx, ctx: ImpactPreviewContext): Promise<RegionImpactItem[]>;
  apply(tx: Tx, actor: Actor, ctx: ImpactApplyContext): Promise<void>;
}

/** Per provider key, per item id: the user's decisions, as the editor posts them. */
export type ImpactDecisionsInput = Record<string, Record<string, { action: ImpactAction; successorCodes: string[] }>>;

export interface ProviderImpact {
  key: string;
  label: string;
  items: RegionImpactItem[];
}

/** The decision for each item: the user's if given (successors limited to the region's), else the default. */
export function resolveDecisions(items: RegionImpactItem[], given: ImpactDecisionsInput[string] | undefined, endings: EndingRegion[]): ImpactDecision[] {
  return items.map((item) => {
    const allowed = new Set(endings.find((e) => e.code === item.regionCode)?.successors.map((s) => s.code) ?? []);
    const user = item.choice === "successors" ? given?.[item.id] : undefined;
    if (!user) return { itemId: item.id, action: item.defaultAction, successorCodes: item.defaultAction === "CARRY_OVER" ? item.defaultSuccessorCodes : [] };
    const codes = user.successorCodes.filter((c) => allowed.has(c));
    return user.action === "CARRY_OVER" && codes.length > 0 ? { itemId: item.id, action: "CARRY_OVER", successorCodes: codes } : { itemId: item.id, action: "STAY", successorCodes: [] };
  });
}
