// From the form's content to the shared calculation's input. Pure and client-safe: the form's live
// calculation and the server use the same function, so both show the same 補助金所要額.
import type { CalculationInput } from "@/lib/subsidies/calculation";
import type { DraftContent } from "./schema";

/** Lines without an item or a cost are skipped; 総事業費 defaults to the sum of the costs. */
export function calculationInputOf(content: DraftContent): CalculationInput {
  const items = content.items.filter((i) => i.itemCode !== "" && i.costYen !== undefined).map((i) => ({ itemCode: i.itemCode, costYen: i.costYen!, quantity: i.quantity }));
  return {
    applicantType: content.applicantType ?? "",
    quantity: content.quantity,
    items,
    totalProjectCostYen: content.totalProjectCostYen ?? items.reduce((n, i) => n + i.costYen, 0),
    otherIncomeYen: content.otherIncomeYen ?? 0,
  };
}
