"use server";
// The organisation registry: create, edit, facilities, merge. Public POST endpoints: each
// authorizes through the domain function it calls (本庁; merging 本庁管理者).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { mergeOrganisations } from "@/lib/organisations/merge";
import { addOrganisationFacility, createOrganisation, removeOrganisationFacility, updateOrganisation } from "@/lib/organisations/mutations";
import type { OrganisationFacilityInput, OrganisationInput, UpdateOrganisationInput } from "@/lib/organisations/schema";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";
import { revalidatePublicPages } from "@/lib/public-cache/cache";

const LIST = "/admin/organisations";
const FIELDS = ["type", "name", "nameKana", "corporateNumber", "postalCode", "address", "phone", "email", "municipalityCode"] as const;

export async function createOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, FIELDS);
  const result = await toActionResult(() => createOrganisation(actor, values as OrganisationInput));
  if (!result.ok) return toFormState(result, values);
  revalidatePath(LIST);
  redirect(`${LIST}/${result.data.id}`);
}

export async function updateOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, [...FIELDS, "expectedVersion"]);
  const id = Number(formData.get("organisationId"));
  const result = await toActionResult(() => updateOrganisation(actor, id, values as UpdateOrganisationInput));
  if (result.ok) {
    revalidatePath(`${LIST}/${id}`);
    await revalidatePublicPages();
  }
  return toFormState(result, values);
}

export async function addOrganisationFacilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["category", "institutionNumber"]);
  const id = Number(formData.get("organisationId"));
  const result = await toActionResult(() => addOrganisationFacility(actor, id, values as OrganisationFacilityInput));
  if (result.ok) {
    revalidatePath(`${LIST}/${id}`);
    await revalidatePublicPages();
  }
  return result.ok ? { ok: true, values: { category: values.category } } : toFormState(result, values);
}

export async function removeOrganisationFacilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const id = Number(formData.get("organisationId"));
  const result = await toActionResult(() => removeOrganisationFacility(actor, id, Number(formData.get("facilityId"))));
  if (result.ok) {
    revalidatePath(`${LIST}/${id}`);
    await revalidatePublicPages();
  }
  return toFormState(result, {});
}

export async function mergeOrganisationsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const [duplicateId, duplicateVersion] = String(formData.get("duplicate") ?? "").split(":");
  const input = { survivorId: String(formData.get("survivorId")), survivorVersion: String(formData.get("survivorVersion")), duplicateId, duplicateVersion };
  const result = await toActionResult(() => mergeOrganisations(actor, input));
  if (result.ok) {
    revalidatePath(LIST, "layout");
    await revalidatePublicPages();
  }
  return toFormState(result, { duplicate: String(formData.get("duplicate") ?? "") });
}
