// The calculation for a request naming a menu and 年度 (the API): the catalogue's rule, then the
// one pure function. Anything that keeps it from running is a 422 naming the field in Japanese.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { calculateSubsidy, type CalculationStep } from "./calculation";
import { calculationIssueMessage } from "./messages";
import { calculationRuleOf } from "./menu-rule";
import { getSubsidyMenu } from "./queries";
import type { CalculationRequest } from "./schema";

export async function calculateSubsidyFor(actor: Actor, request: CalculationRequest): Promise<{ subsidyYen: number; steps: CalculationStep[] }> {
  let menu;
  try {
    menu = await getSubsidyMenu(actor, request.menuCode, request.fiscalYear);
  } catch (err) {
    if (err instanceof NotFoundError) throw new ValidationError(err.message, { menuCode: [err.message] });
    throw err;
  }
  const result = calculateSubsidy(calculationRuleOf(menu), request);
  if (!result.ok) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.issues) (fieldErrors[issue.field] ??= []).push(calculationIssueMessage(issue));
    throw new ValidationError(calculationIssueMessage(result.issues[0]!), fieldErrors);
  }
  return { subsidyYen: result.subsidyYen, steps: result.steps };
}
