"use server";
// 募集の管理: opening, extending and closing calls. Public POST endpoints: each obtains the actor
// first and authorizes through the domain function it calls.
import { revalidatePath } from "next/cache";
import { closeCall, extendCall, openCall } from "@/lib/applications/calls";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";

/** datetime-local values are Japan time. */
const jst = (v: string) => (v && !/[zZ]|[+-]\d\d:\d\d$/.test(v) ? `${v}:00+09:00`.replace(/:00:00\+09:00$/, ":00+09:00") : v);

async function run(formData: FormData, names: string[], fn: (v: Record<string, string>) => Promise<unknown>): Promise<FormState> {
  const values = formValues(formData, names);
  const result = await toActionResult(() => fn(values));
  if (result.ok) {
    revalidatePath("/admin/calls");
    revalidatePath("/applications");
  }
  return toFormState(result, values);
}

export async function openCallAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["menuCode", "fiscalYear", "title", "note", "opensOn", "deadline"], (v) => openCall(actor, { ...v, deadline: jst(v.deadline) } as never));
}

export async function extendCallAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["callId", "expectedVersion", "extendedUntil"], (v) => extendCall(actor, { ...v, extendedUntil: jst(v.extendedUntil) } as never));
}

export async function closeCallAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["callId", "expectedVersion"], (v) => closeCall(actor, v as never));
}
