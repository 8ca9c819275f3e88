"use server";
// Accepting an invitation. Public: the secret token in the link is the authority.
import { toActionResult } from "@/lib/http/action-result";
import { fromIssues, toFormState, type FormState } from "@/lib/users/form-state";
import { acceptInvitation } from "@/lib/users/invitations";
import { AcceptInvitationSchema } from "@/lib/users/schema";

export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    token: String(formData.get("token") ?? ""),
    password: String(formData.get("password") ?? ""),
    passwordConfirm: String(formData.get("passwordConfirm") ?? ""),
  };
  // Passwords are never sent back to the browser.
  const parsed = AcceptInvitationSchema.safeParse(raw);
  if (!parsed.success) return fromIssues(parsed.error.issues, {});
  const result = await toActionResult(() => acceptInvitation(parsed.data.token, parsed.data));
  return toFormState(result, {});
}
