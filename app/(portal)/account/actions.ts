"use server";
import { getActor } from "@/lib/auth/current";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { toActionResult } from "@/lib/http/action-result";
import { toFormState, type FormState } from "@/lib/users/form-state";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const raw = {
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
    newPasswordConfirm: String(formData.get("newPasswordConfirm") ?? ""),
  };
  // Passwords are never sent back to the browser.
  return toFormState(await toActionResult(() => changeOwnPassword(actor, raw)), {});
}
