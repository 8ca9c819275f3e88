"use server";
// The signed-in user's own two-step sign-in: begin (or reset), confirm, regenerate codes, disable.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { beginOwnEnrolment, confirmOwnEnrolment, disableOwnMfa, regenerateOwnRecoveryCodes } from "@/lib/auth/mfa/mutations";
import { toActionResult } from "@/lib/http/action-result";
import type { FormState } from "@/lib/users/form-state";

type CodesState = FormState<string[]>;

function toState<T>(result: Awaited<ReturnType<typeof toActionResult<T>>>): FormState<T> {
  return result.ok ? { ok: true, data: result.data } : { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

export async function beginEnrolmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const state = toState(await toActionResult(() => beginOwnEnrolment(actor, { stepUp: String(formData.get("stepUp") ?? "") })));
  if (state.ok) revalidatePath("/account");
  return { ...state, data: undefined };
}

export async function confirmEnrolmentAction(_prev: CodesState, formData: FormData): Promise<CodesState> {
  const actor = await getActor();
  return toState(await toActionResult(() => confirmOwnEnrolment(actor, { code: String(formData.get("code") ?? "") })));
}

export async function regenerateCodesAction(_prev: CodesState, formData: FormData): Promise<CodesState> {
  const actor = await getActor();
  return toState(await toActionResult(() => regenerateOwnRecoveryCodes(actor, { stepUp: String(formData.get("stepUp") ?? "") })));
}

export async function disableMfaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const state = toState(await toActionResult(() => disableOwnMfa(actor, { stepUp: String(formData.get("stepUp") ?? "") })));
  if (state.ok) revalidatePath("/account");
  return { ...state, data: undefined };
}
