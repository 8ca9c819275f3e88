// From a menu as the catalogue shows it (SubsidyMenuView) to the rule the arithmetic takes. Pure and
// client-safe: the public calculator and the API build the rule the same way.
import type { CalculationRule, ItemBase, MenuBase } from "./calculation";
import type { SubsidyMenuView } from "./schema";

type BaseView = SubsidyMenuView["base"];

function itemBaseOf(base: BaseView): ItemBase {
  if (base.kind === "PER_UNIT") return { kind: "PER_UNIT", amountYen: base.amountYen, unit: base.unit ?? "FACILITY" };
  if (base.kind === "FIXED") return { kind: "FIXED", amountYen: base.amountYen };
  return { kind: "NONE" };
}

function menuBaseOf(menu: SubsidyMenuView): MenuBase {
  const base = menu.base;
  if (base.kind === "PER_APPLICANT_TYPE") {
    return { kind: "PER_APPLICANT_TYPE", amountsYen: Object.fromEntries(menu.applicantTypes.map((a) => [a.code, a.baseAmountYen])) };
  }
  if (base.kind === "FIXED" || base.kind === "PER_UNIT") return itemBaseOf(base) as MenuBase;
  return { kind: "ITEMS_ONLY" };
}

export function calculationRuleOf(menu: SubsidyMenuView): CalculationRule {
  return {
    base: menuBaseOf(menu),
    rate: menu.rate,
    applicantTypes: menu.applicantTypes.map((a) => a.code),
    items: menu.items.map((i) => ({ code: i.code, base: itemBaseOf(i.base) })),
  };
}

/** Whether the menu's 基準額 is per unit, so the calculation needs a top-level quantity. */
export const menuNeedsQuantity = (menu: SubsidyMenuView) => menu.base.kind === "PER_UNIT";
