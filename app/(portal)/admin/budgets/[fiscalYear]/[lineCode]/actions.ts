"use server";
// 補正 and allocation by menu on one budget. Public POST endpoints: each authorizes through the
// domain function it calls (本庁管理者 only); the form keeps what was typed on an error.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { addSupplement, setAllocation } from "@/lib/budgets/mutations";
import { AddSupplementSchema, SetAllocationSchema } from "@/lib/budgets/schema";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, fromIssues, toFormState, type FormState } from "@/lib/users/form-state";

function revalidate(path: string) {
  revalidatePath("/admin/budgets");
  if (path.startsWith("/admin/budgets/")) revalidatePath(path);
}

export async function addSupplementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["budgetId", "decidedOn", "amountYen", "reason", "expectedVersion", "path"]);
  const parsed = AddSupplementSchema.safeParse(values);
  if (!parsed.success) return fromIssues(parsed.error.issues, values);
  const result = await toActionResult(() => addSupplement(actor, parsed.data));
  if (result.ok) revalidate(values.path);
  // After a success the form starts empty again (the version moved on).
  return result.ok ? { ok: true, values: {} } : toFormState(result, values);
}

export async function setAllocationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["budgetId", "menuId", "amountYen", "expectedVersion", "path"]);
  const parsed = SetAllocationSchema.safeParse(values);
  if (!parsed.success) return fromIssues(parsed.error.issues, values);
  const result = await toActionResult(() => setAllocation(actor, parsed.data));
  if (result.ok) revalidate(values.path);
  return result.ok ? { ok: true, values: {} } : toFormState(result, values);
}
