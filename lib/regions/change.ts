// The two entry points of the 在宅医療圏 editor: previewRegionChange (read-only; 本庁担当 and
// 本庁管理者) and saveRegionChange (本庁管理者). Both parse and plan the change the same way, and
// ask the same impact providers (ADR 0018), so a preview that passes is a save that passes.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { applyPlan, type ProviderRun } from "./change-apply";
import { planChange, type ChangePlan } from "./change-plan";
import { RegionChangeSchema, touchedRegionCodes, type RegionChange } from "./change-schema";
import { resolveDecisions, type EndingRegion, type ImpactDecisionsInput, type ProviderImpact, type RegionImpactProvider, type Tx } from "./impact";
import { regionImpactProviders } from "./impact-providers";
import { assertCanDefineRegions, assertCanUseRegionEditor } from "./policy";

export interface RegionChangePreview {
  kind: RegionChange["kind"];
  effectiveOn: string | null;
  ending: { code: string; name: string; successors: { code: string; name: string }[] }[];
  starting: { code: string; name: string; provisional: boolean; memberNames: string[] }[];
  moves: { code: string; name: string; from: { code: string; name: string }; to: { code: string; name: string } }[];
  update: { code: string; before: { name: string; nameKana: string | null; provisional: boolean; definitionSource: string | null }; after: Record<string, unknown> } | null;
  impacts: ProviderImpact[];
}

export interface RegionChangeOptions {
  /** The impact providers to ask (default: the registry in impact-providers.ts); tests pass their own. */
  providers?: RegionImpactProvider[];
}

function parse(raw: unknown): RegionChange {
  const parsed = RegionChangeSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}

const firstCode = (raw: unknown) => {
  const r = (raw ?? {}) as Record<string, unknown>;
  const code = r.regionCode ?? r.fromRegionCode ?? (Array.isArray(r.regionCodes) ? r.regionCodes[0] : undefined);
  return typeof code === "string" ? code : null;
};
const kindOf = (raw: unknown) => {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  return typeof kind === "string" ? kind : "change";
};

function endingRegions(plan: ChangePlan): EndingRegion[] {
  const names = new Map(plan.starting.map((s) => [s.code, s.name]));
  return plan.ending.map((e) => ({
    id: e.region.id,
    code: e.region.code,
    name: e.region.name,
    successors: e.successorCodes.map((code) => ({ code, name: names.get(code) ?? code })),
  }));
}

async function askProviders(tx: Tx, prefectureId: number, plan: ChangePlan, providers: RegionImpactProvider[]): Promise<ProviderImpact[]> {
  if (plan.ending.length === 0 || !plan.effectiveOn) return [];
  const endings = endingRegions(plan);
  const ctx = {
    prefectureId,
    effectiveOn: plan.effectiveOn,
    endingRegionIds: endings.map((e) => e.id),
    successorRegionCodes: [...new Set(endings.flatMap((e) => e.successors.map((s) => s.code)))],
    endingRegions: endings,
  };
  const out: ProviderImpact[] = [];
  for (const p of providers) out.push({ key: p.key, label: p.label, items: await p.preview(tx, ctx) });
  return out;
}

function toPreview(plan: ChangePlan, impacts: ProviderImpact[]): RegionChangePreview {
  return {
    kind: plan.change.kind,
    effectiveOn: plan.effectiveOn,
    ending: endingRegions(plan).map(({ code, name, successors }) => ({ code, name, successors })),
    starting: plan.starting.map((s) => ({ code: s.code, name: s.name, provisional: s.provisional, memberNames: s.members.map((x) => x.municipality.name) })),
    moves: plan.moves.map((mv) => ({ code: mv.member.municipality.code, name: mv.member.municipality.name, from: mv.from, to: mv.to })),
    update: plan.update
      ? {
          code: plan.update.region.code,
          before: { name: plan.update.region.name, nameKana: plan.update.region.nameKana, provisional: plan.update.region.provisional, definitionSource: plan.update.region.definitionSource },
          after: plan.update.data,
        }
      : null,
    impacts,
  };
}

/** What saving `change` would do, validated exactly as saving validates it; nothing is written. */
export async function previewRegionChange(actor: Actor, prefectureId: number, raw: unknown, options: RegionChangeOptions = {}): Promise<RegionChangePreview> {
  await assertCanUseRegionEditor(actor, prefectureId, firstCode(raw));
  const change = parse(raw);
  const providers = options.providers ?? regionImpactProviders;
  return db().$transaction(async (tx) => {
    const plan = await planChange(tx, prefectureId, change);
    return toPreview(plan, await askProviders(tx, prefectureId, plan, providers));
  });
}

/** Saves `change` with the user's decisions on the impact items, in one transaction with the audit row. */
export async function saveRegionChange(actor: Actor, prefectureId: number, raw: unknown, decisions: ImpactDecisionsInput = {}, options: RegionChangeOptions = {}): Promise<RegionChangePreview> {
  await assertCanDefineRegions(actor, prefectureId, firstCode(raw) ?? "", `home_care_region.${kindOf(raw)}`);
  const change = parse(raw);
  const providers = options.providers ?? regionImpactProviders;
  return db().$transaction(async (tx) => {
    const plan = await planChange(tx, prefectureId, change);
    const impacts = await askProviders(tx, prefectureId, plan, providers);
    const endings = endingRegions(plan);
    const runs: ProviderRun[] = impacts.map((impact, i) => ({
      provider: providers[i],
      items: impact.items,
      decisions: resolveDecisions(impact.items, decisions[impact.key], endings),
    }));
    await applyPlan(tx, actor, prefectureId, plan, runs);
    return toPreview(plan, impacts);
  });
}

/** The versions a change must name: the touched regions' codes (for forms building the input). */
export { touchedRegionCodes };
