"use server";
// 決裁: start one (the proposed amount, rate and comment) and approve or return its current step.
// Public POST endpoints: each authorizes through the domain function; forms keep what was typed.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { actOnApproval, startApproval } from "@/lib/reviews/approvals";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";

function revalidate(applicationId: string) {
  revalidatePath("/admin/reviews");
  revalidatePath(`/admin/reviews/${applicationId}`);
}

export async function startApprovalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["applicationId", "purpose", "amountYen", "rate", "comment"]);
  const result = await toActionResult(() => startApproval(actor, values as never));
  if (result.ok) revalidate(values.applicationId);
  return result.ok ? { ok: true, values: {} } : toFormState(result, values);
}

export async function actOnApprovalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["approvalId", "action", "comment", "version", "applicationId"]);
  const result = await toActionResult(() => actOnApproval(actor, values as never));
  if (result.ok) revalidate(values.applicationId);
  return result.ok ? { ok: true, values: {} } : toFormState(result, values);
}
