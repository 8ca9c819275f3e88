// Pure shaping of the needs figures (ADR 0028): application aggregates (one row per region ×
// status × menu, summed in SQL) into totals per region, per status and per menu, and the four
// functions of a region's latest approved report beside the menus that address them.
import { FUNCTION_KEYS, type FunctionKey, type FunctionState } from "@/lib/status-reports/form-v1";
import { menusByFunction } from "./menu-functions";

export interface ApplicationAggregate {
  regionId: number;
  status: string;
  menuCode: string;
  count: number;
  requestedYen: number;
  decidedYen: number;
  confirmedYen: number;
}

/** What was applied for (requested, all submitted applications), decided and confirmed. */
export interface Money {
  count: number;
  appliedYen: number;
  decidedYen: number;
  confirmedYen: number;
}

export const emptyMoney = (): Money => ({ count: 0, appliedYen: 0, decidedYen: 0, confirmedYen: 0 });

function add(into: Money, a: ApplicationAggregate): Money {
  into.count += a.count;
  into.appliedYen += a.requestedYen;
  into.decidedYen += a.decidedYen;
  into.confirmedYen += a.confirmedYen;
  return into;
}

/** Totals per region id. */
export function totalsByRegion(rows: readonly ApplicationAggregate[]): Map<number, Money> {
  const out = new Map<number, Money>();
  for (const r of rows) add(out.get(r.regionId) ?? out.set(r.regionId, emptyMoney()).get(r.regionId)!, r);
  return out;
}

/** Totals per key (status or menu code), in the order the keys are given; absent keys are left out. */
export function totalsBy(rows: readonly ApplicationAggregate[], key: "status" | "menuCode", order: readonly string[]): { key: string; money: Money }[] {
  const sums = new Map<string, Money>();
  for (const r of rows) add(sums.get(r[key]) ?? sums.set(r[key], emptyMoney()).get(r[key])!, r);
  const known = order.filter((k) => sums.has(k));
  const rest = [...sums.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...rest].map((k) => ({ key: k, money: sums.get(k)! }));
}

export function sumMoney(items: readonly Money[]): Money {
  return items.reduce((s, m) => ({ count: s.count + m.count, appliedYen: s.appliedYen + m.appliedYen, decidedYen: s.decidedYen + m.decidedYen, confirmedYen: s.confirmedYen + m.confirmedYen }), emptyMoney());
}

export interface FunctionInput {
  state: FunctionState | "";
  issues: string;
}

export interface FunctionNeed {
  key: FunctionKey;
  state: FunctionState | "";
  /** SHORT or PARTLY_SHORT. */
  gap: boolean;
  issues: string;
  menus: { code: string; name: string; money: Money }[];
}

export const isGap = (state: FunctionState | "" | null | undefined) => state === "SHORT" || state === "PARTLY_SHORT";

/** The four functions (report order), each with the menus addressing it and what the region got of each. */
export function functionNeeds(
  functions: Record<FunctionKey, FunctionInput> | null,
  menus: readonly { code: string; name: string }[],
  rows: readonly ApplicationAggregate[],
): FunctionNeed[] {
  const byMenu = new Map(totalsBy(rows, "menuCode", []).map((t) => [t.key, t.money]));
  const addressing = menusByFunction(menus);
  return FUNCTION_KEYS.map((key) => {
    const f = functions?.[key] ?? { state: "" as const, issues: "" };
    return {
      key,
      state: f.state,
      gap: isGap(f.state),
      issues: f.issues,
      menus: addressing[key].map((mn) => ({ code: mn.code, name: mn.name, money: byMenu.get(mn.code) ?? emptyMoney() })),
    };
  });
}

/** The function keys with a gap, in report order. */
export function gapsOf(functions: Partial<Record<FunctionKey, FunctionState | "" | null>>): FunctionKey[] {
  return FUNCTION_KEYS.filter((k) => isGap(functions[k]));
}
