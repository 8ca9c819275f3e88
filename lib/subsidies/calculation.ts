// The subsidy arithmetic (DOMAIN.md "Subsidy menus"), one pure function shared by the public
// calculator, the API, application forms, decisions and 確定. No server imports: client code uses it.
//   (1) per expense item min(item 基準額, actual cost); the menu's 基準額 caps their sum;
//   (2) min(that, 総事業費 − 寄付金その他の収入額);
//   (3) × 補助率 (an exact fraction; floor, in integer arithmetic);
//   (4) 1,000円未満切捨て.
// A decision may apply a lower rate (≤ the ceiling) or a lower amount; both are steps of their own.

export interface Rate {
  numerator: number;
  denominator: number;
}

export type SubsidyUnitCode = "BED" | "HOUR" | "MONTH" | "FACILITY";

/** A 基準額 as the catalogue gives it; amountYen null = 本庁 has not entered it yet. */
export type AmountBase =
  | { kind: "FIXED"; amountYen: number | null }
  | { kind: "PER_UNIT"; amountYen: number | null; unit: SubsidyUnitCode };

/** An item's 基準額; NONE: the item has none of its own (only the menu's caps it). */
export type ItemBase = AmountBase | { kind: "NONE" };

export type MenuBase =
  | { kind: "ITEMS_ONLY" }
  | AmountBase
  | { kind: "PER_APPLICANT_TYPE"; amountsYen: Record<string, number | null> };

export interface CalculationRule {
  base: MenuBase;
  rate: Rate;
  applicantTypes: string[];
  items: { code: string; base: ItemBase }[];
}

export interface CalculationInput {
  applicantType: string;
  /** Units for a per-unit menu 基準額 (beds, hours, months, facilities). */
  quantity?: number;
  items: { itemCode: string; costYen: number; quantity?: number }[];
  /** 総事業費; defaults to the sum of the items' costs. */
  totalProjectCostYen?: number;
  /** 寄付金その他の収入額; default 0. */
  otherIncomeYen?: number;
  /** A decision's rate, at most the ceiling. */
  appliedRate?: Rate;
  /** A decision's lower amount. */
  appliedAmountYen?: number;
}

export type CalculationStep =
  | { step: "item"; itemCode: string; costYen: number; capYen: number | null; amountYen: number; decidedBy: "cost" | "itemCap" }
  | { step: "menuCap"; sumYen: number; capYen: number | null; amountYen: number; decidedBy: "items" | "menuCap" }
  | {
      step: "netCost";
      totalProjectCostYen: number;
      otherIncomeYen: number;
      netCostYen: number;
      amountYen: number;
      decidedBy: "eligible" | "netCost";
    }
  | { step: "rate"; rate: Rate; ceiling: Rate; amountYen: number; decidedBy: "rate" | "appliedRate" }
  | { step: "appliedAmount"; appliedAmountYen: number; amountYen: number; decidedBy: "calculated" | "appliedAmount" }
  | { step: "rounding"; amountYen: number; roundedOffYen: number };

/** What keeps the calculation from running; `field` is a path into the input. */
export interface CalculationIssue {
  field: string;
  code:
    | "applicantType"
    | "unknownItem"
    | "duplicateItem"
    | "amountNotEntered"
    | "quantityRequired"
    | "rateAboveCeiling"
    | "negative"
    | "noItems";
}

export type CalculationResult =
  | { ok: true; subsidyYen: number; steps: CalculationStep[] }
  | { ok: false; issues: CalculationIssue[] };

const big = (n: number) => BigInt(n);
const minBig = (a: bigint, b: bigint) => (a < b ? a : b);

/** Whether a ≤ b, compared exactly (cross-multiplied). */
export function rateAtMost(a: Rate, b: Rate): boolean {
  return big(a.numerator) * big(b.denominator) <= big(b.numerator) * big(a.denominator);
}

function capOf(base: ItemBase, quantity: number | undefined): bigint | null | "notEntered" | "quantityRequired" {
  if (base.kind === "NONE") return null;
  if (base.amountYen === null) return "notEntered";
  if (base.kind === "FIXED") return big(base.amountYen);
  if (quantity === undefined) return "quantityRequired";
  return big(base.amountYen) * big(quantity);
}

function menuCapOf(rule: CalculationRule, input: CalculationInput): bigint | null | CalculationIssue {
  const base = rule.base;
  if (base.kind === "ITEMS_ONLY") return null;
  if (base.kind === "PER_APPLICANT_TYPE") {
    const amount = base.amountsYen[input.applicantType];
    return amount === null || amount === undefined ? { field: "applicantType", code: "amountNotEntered" } : big(amount);
  }
  const cap = capOf(base, input.quantity);
  if (cap === null) return null;
  if (cap === "notEntered") return { field: "menu", code: "amountNotEntered" };
  if (cap === "quantityRequired") return { field: "quantity", code: "quantityRequired" };
  return cap;
}

function checkInput(rule: CalculationRule, input: CalculationInput): CalculationIssue[] {
  const issues: CalculationIssue[] = [];
  if (!rule.applicantTypes.includes(input.applicantType)) issues.push({ field: "applicantType", code: "applicantType" });
  if (input.items.length === 0) issues.push({ field: "items", code: "noItems" });
  const negative = (field: string, n: number | undefined) => {
    if (n !== undefined && n < 0) issues.push({ field, code: "negative" });
  };
  negative("quantity", input.quantity);
  negative("totalProjectCostYen", input.totalProjectCostYen);
  negative("otherIncomeYen", input.otherIncomeYen);
  negative("appliedAmountYen", input.appliedAmountYen);
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    negative(`items.${i}.costYen`, item.costYen);
    negative(`items.${i}.quantity`, item.quantity);
    if (seen.has(item.itemCode)) issues.push({ field: `items.${i}.itemCode`, code: "duplicateItem" });
    seen.add(item.itemCode);
  });
  if (input.appliedRate && !rateAtMost(input.appliedRate, rule.rate)) issues.push({ field: "appliedRate", code: "rateAboveCeiling" });
  return issues;
}

/** The subsidy for one application of a menu, with every step and the bound that decided it. */
export function calculateSubsidy(rule: CalculationRule, input: CalculationInput): CalculationResult {
  const issues = checkInput(rule, input);
  const steps: CalculationStep[] = [];
  let sum = BigInt(0);
  let costSum = BigInt(0);
  input.items.forEach((item, i) => {
    const ruleItem = rule.items.find((r) => r.code === item.itemCode);
    if (!ruleItem) return void issues.push({ field: `items.${i}.itemCode`, code: "unknownItem" });
    const cap = capOf(ruleItem.base, item.quantity);
    if (cap === "notEntered") return void issues.push({ field: `items.${i}.itemCode`, code: "amountNotEntered" });
    if (cap === "quantityRequired") return void issues.push({ field: `items.${i}.quantity`, code: "quantityRequired" });
    const cost = big(item.costYen);
    const amount = cap === null ? cost : minBig(cost, cap);
    sum += amount;
    costSum += cost;
    steps.push({
      step: "item",
      itemCode: item.itemCode,
      costYen: item.costYen,
      capYen: cap === null ? null : Number(cap),
      amountYen: Number(amount),
      decidedBy: cap === null || cost <= cap ? "cost" : "itemCap",
    });
  });
  const menuCap = menuCapOf(rule, input);
  if (menuCap !== null && typeof menuCap === "object") issues.push(menuCap);
  if (issues.length > 0) return { ok: false, issues };
  const cap = menuCap as bigint | null;

  const capped = cap === null ? sum : minBig(sum, cap);
  steps.push({
    step: "menuCap",
    sumYen: Number(sum),
    capYen: cap === null ? null : Number(cap),
    amountYen: Number(capped),
    decidedBy: cap === null || sum <= cap ? "items" : "menuCap",
  });

  const total = input.totalProjectCostYen === undefined ? costSum : big(input.totalProjectCostYen);
  const income = big(input.otherIncomeYen ?? 0);
  const net = total > income ? total - income : BigInt(0);
  const eligible = minBig(capped, net);
  steps.push({
    step: "netCost",
    totalProjectCostYen: Number(total),
    otherIncomeYen: Number(income),
    netCostYen: Number(net),
    amountYen: Number(eligible),
    decidedBy: capped <= net ? "eligible" : "netCost",
  });

  const rate = input.appliedRate ?? rule.rate;
  let amount = (eligible * big(rate.numerator)) / big(rate.denominator); // BigInt division floors (non-negative)
  steps.push({
    step: "rate",
    rate: { ...rate },
    ceiling: { ...rule.rate },
    amountYen: Number(amount),
    decidedBy: input.appliedRate ? "appliedRate" : "rate",
  });

  if (input.appliedAmountYen !== undefined) {
    const applied = big(input.appliedAmountYen);
    const lower = applied < amount;
    amount = lower ? applied : amount;
    steps.push({
      step: "appliedAmount",
      appliedAmountYen: input.appliedAmountYen,
      amountYen: Number(amount),
      decidedBy: lower ? "appliedAmount" : "calculated",
    });
  }

  const rounded = (amount / BigInt(1000)) * BigInt(1000);
  steps.push({ step: "rounding", amountYen: Number(rounded), roundedOffYen: Number(amount - rounded) });
  return { ok: true, subsidyYen: Number(rounded), steps };
}
