"use server";
// Changing one user: role and scope, disable/enable, ending a session. Public POST endpoints:
// each authorizes through the domain function it calls.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, fromIssues, toFormState, type FormState } from "@/lib/users/form-state";
import { changeMembership, disableUser, enableUser, endUserSession, resetUserMfa } from "@/lib/users/mutations";
import { ChangeMembershipSchema } from "@/lib/users/schema";

function revalidate(userId: string) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

export async function changeMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["userId", "role", "organisationId", "healthCenterId", "expectedVersion"]);
  const parsed = ChangeMembershipSchema.safeParse(values);
  if (!parsed.success) return fromIssues(parsed.error.issues, values);
  const actor = await getActor();
  const result = await toActionResult(() => changeMembership(actor, parsed.data));
  if (result.ok) revalidate(parsed.data.userId);
  return toFormState(result, values);
}

export async function disableUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const userId = String(formData.get("userId") ?? "");
  const actor = await getActor();
  const result = await toActionResult(() => disableUser(actor, userId));
  if (result.ok) revalidate(userId);
  return toFormState(result, {});
}

export async function enableUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const userId = String(formData.get("userId") ?? "");
  const actor = await getActor();
  const result = await toActionResult(() => enableUser(actor, userId));
  if (result.ok) revalidate(userId);
  return toFormState(result, {});
}

export async function resetUserMfaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const userId = String(formData.get("userId") ?? "");
  const result = await toActionResult(() => resetUserMfa(actor, userId));
  if (result.ok) revalidate(userId);
  return toFormState(result, {});
}

export async function endUserSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const result = await toActionResult(() => endUserSession(actor, String(formData.get("sessionId") ?? "")));
  if (result.ok) revalidate(result.data.userId);
  return toFormState(result, {});
}
