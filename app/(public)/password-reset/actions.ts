"use server";
// Asking for a reset link, and using one. Public endpoints: the answer to a request is the same
// whether or not the account exists (and the mail gate limits them); the token is the authority
// of a reset.
import { resetMessages as m } from "@/lib/auth/password-reset-messages";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { toActionResult } from "@/lib/http/action-result";
import { requestClientAddress } from "@/lib/http/request-address";
import { toFormState, type FormState } from "@/lib/users/form-state";

export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "");
  const ipAddress = await requestClientAddress();
  const state = toFormState(await toActionResult(() => requestPasswordReset({ email }, { ipAddress })), { email });
  return state.ok ? { ...state, message: m.requested } : state;
}

export async function resetPasswordAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const raw = { password: String(formData.get("password") ?? ""), passwordConfirm: String(formData.get("passwordConfirm") ?? "") };
  const ipAddress = await requestClientAddress();
  // Passwords are never sent back to the browser.
  return toFormState(await toActionResult(() => resetPassword(token, raw, { ipAddress })), {});
}
