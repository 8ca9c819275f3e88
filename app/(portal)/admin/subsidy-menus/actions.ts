"use server";
// 本庁's edits of the subsidy catalogue. Public POST endpoints: each authorizes through the domain
// function it calls (edits: 本庁; the next 年度: 本庁管理者).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { startNextSubsidyYear, updateSubsidyMenuRule } from "@/lib/subsidies/mutations";
import { MenuRuleEditSchema } from "@/lib/subsidies/schema";
import { fromIssues, toFormState, type FormState } from "@/lib/users/form-state";

const PATH = "/admin/subsidy-menus";

function valuesOf(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")).map(([k, v]) => [k, String(v)]));
}

export async function updateMenuRuleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = valuesOf(formData);
  const prefixed = (prefix: string) => Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  const parsed = MenuRuleEditSchema.safeParse({
    ruleId: values.ruleId,
    version: values.version,
    baseAmountYen: "baseAmountYen" in values ? values.baseAmountYen : undefined,
    rateNumerator: values.rateNumerator,
    rateDenominator: values.rateDenominator,
    items: prefixed("item."),
    applicants: prefixed("applicant."),
  });
  if (!parsed.success) return fromIssues(parsed.error.issues, values);
  const result = await toActionResult(() => updateSubsidyMenuRule(actor, parsed.data));
  if (result.ok) revalidatePath(PATH);
  return toFormState(result, values);
}

const StartSchema = z.object({ fromYear: z.coerce.number().int() });

export async function startNextSubsidyYearAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const parsed = StartSchema.safeParse({ fromYear: formData.get("fromYear") });
  if (!parsed.success) return fromIssues(parsed.error.issues, {});
  const result = await toActionResult(() => startNextSubsidyYear(actor, parsed.data.fromYear));
  if (result.ok) revalidatePath(PATH);
  return toFormState(result, {});
}
