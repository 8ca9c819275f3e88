"use server";
// Personal API tokens: create one's own, revoke one's own (or, for 本庁管理者, one of a user of
// their prefecture — the domain function decides). Public POST endpoints: each authorizes through
// the domain function it calls.
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { CreateApiTokenSchema } from "@/lib/api-tokens/schema";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, fromIssues, toFormState, type FormState } from "@/lib/users/form-state";

export type CreateTokenState = FormState<{ token: string; name: string }>;

export async function createApiTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const values = formValues(formData, ["name", "expiresInDays"]);
  const parsed = CreateApiTokenSchema.safeParse(values);
  if (!parsed.success) return fromIssues(parsed.error.issues, values);
  const actor = await getActor();
  const result = await toActionResult(() => createApiToken(actor, parsed.data));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
  revalidatePath("/account/tokens");
  // The token goes to this response only; it is stored as a hash and cannot be shown again.
  return { ok: true, data: { token: result.data.token, name: result.data.name }, values: {} };
}

export async function revokeApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const result = await toActionResult(() => revokeApiToken(actor, String(formData.get("tokenId") ?? "")));
  if (result.ok) {
    revalidatePath("/account/tokens");
    revalidatePath(`/admin/users/${result.data.userId}`);
  }
  return toFormState(result, {});
}
