"use server";
// Inviting users and revoking invitations. Public POST endpoints: each authorizes through the
// domain function it calls.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, fromIssues, toFormState, type FormState } from "@/lib/users/form-state";
import { inviteUser, revokeInvitation } from "@/lib/users/invitations";
import { InviteUserSchema } from "@/lib/users/schema";

export type InviteState = FormState<{ acceptUrl: string; email: string }>;

export async function inviteUserAction(_prev: InviteState, formData: FormData): Promise<InviteState> {
  const values = formValues(formData, ["email", "displayName", "role", "organisationId", "healthCenterId"]);
  const parsed = InviteUserSchema.safeParse(values);
  if (!parsed.success) return fromIssues(parsed.error.issues, values);
  const actor = await getActor();
  const result = await toActionResult(() => inviteUser(actor, parsed.data));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
  revalidatePath("/admin/users");
  revalidatePath("/admin/outbox");
  // The link is returned once, to this response only; the form starts empty again.
  return { ok: true, data: { acceptUrl: result.data.acceptUrl, email: parsed.data.email }, values: {} };
}

export async function revokeInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const result = await toActionResult(() => revokeInvitation(actor, String(formData.get("invitationId") ?? "")));
  if (result.ok) revalidatePath("/admin/users");
  return toFormState(result, {});
}
