// The application's figures through the shared subsidy arithmetic (lib/subsidies/calculation.ts):
// from the plan (requested), with a decision's rate (decided), or on the actuals (確定).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { calculateSubsidy, type CalculationInput, type CalculationResult, type Rate } from "@/lib/subsidies/calculation";
import { calculationRuleOf } from "@/lib/subsidies/menu-rule";
import { getSubsidyMenu } from "@/lib/subsidies/queries";
export { calculationInputOf } from "./form-calc";

export async function menuOfCall(actor: Actor, call: { fiscalYear: number; menu: { code: string } }) {
  return getSubsidyMenu(actor, call.menu.code, call.fiscalYear);
}

export async function calculateForCall(
  actor: Actor,
  call: { fiscalYear: number; menu: { code: string } },
  input: CalculationInput,
  appliedRate?: Rate,
): Promise<{ result: CalculationResult; ceiling: Rate }> {
  const menu = await menuOfCall(actor, call);
  const rule = calculationRuleOf(menu);
  return { result: calculateSubsidy(rule, appliedRate ? { ...input, appliedRate } : input), ceiling: rule.rate };
}
