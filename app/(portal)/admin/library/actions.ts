"use server";
// The good-practice library's add and edit forms. Public POST endpoints: each authorizes through
// the domain function it calls (本庁).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current";
import { formValuesOf, inputOf } from "@/lib/good-practices/form-data";
import { createGoodPractice, updateGoodPractice } from "@/lib/good-practices/mutations";
import { toActionResult } from "@/lib/http/action-result";
import { toFormState, type FormState } from "@/lib/users/form-state";

const rowsOf = (formData: FormData) => Math.min(Math.max(Number(formData.get("budgetRows")) || 0, 0), 40);

export async function createGoodPracticeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValuesOf(formData, rowsOf(formData));
  const result = await toActionResult(() => createGoodPractice(actor, inputOf(values)));
  if (!result.ok) return toFormState(result, values);
  revalidatePath("/library");
  redirect(`/library/${result.data.id}`);
}

export async function updateGoodPracticeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const id = Number(formData.get("practiceId"));
  const values = formValuesOf(formData, rowsOf(formData));
  const result = await toActionResult(() => updateGoodPractice(actor, id, { expectedVersion: values.expectedVersion, fields: inputOf(values) }));
  if (!result.ok) return toFormState(result, values);
  revalidatePath("/library");
  revalidatePath(`/library/${id}`);
  return { ok: true, values: { ...values, expectedVersion: String(result.data.version) } };
}
