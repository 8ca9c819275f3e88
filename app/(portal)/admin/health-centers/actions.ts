"use server";
// Health centres, their jurisdiction and leads. Public POST endpoints: each authorizes through the
// domain function it calls (本庁管理者 only).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current";
import { createHealthCenter, setJurisdiction, setRegionLead, updateHealthCenter } from "@/lib/health-centers/mutations";
import type { CreateHealthCenterInput, SetRegionLeadInput, UpdateHealthCenterInput } from "@/lib/health-centers/schema";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";
import { revalidatePublicPages } from "@/lib/public-cache/cache";

const LIST = "/admin/health-centers";
const FIELDS = ["name", "code", "operator", "operatingMunicipalityCode", "validFrom", "validTo"] as const;

export async function createHealthCenterAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, FIELDS);
  const result = await toActionResult(() => createHealthCenter(actor, values as CreateHealthCenterInput));
  if (!result.ok) return toFormState(result, values);
  revalidatePath(LIST);
  redirect(`${LIST}/${result.data.id}`);
}

export async function updateHealthCenterAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, [...FIELDS, "expectedVersion"]);
  const id = Number(formData.get("healthCenterId"));
  const result = await toActionResult(() => updateHealthCenter(actor, id, values as UpdateHealthCenterInput));
  if (result.ok) {
    revalidatePath(`${LIST}/${id}`);
    await revalidatePublicPages();
  }
  return toFormState(result, values);
}

export async function setJurisdictionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["healthCenterId", "effectiveOn"]);
  const municipalityCodes = formData.getAll("municipalityCodes").map(String);
  const result = await toActionResult(() => setJurisdiction(actor, { healthCenterId: values.healthCenterId, municipalityCodes, effectiveOn: values.effectiveOn }));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${values.healthCenterId}`);
    revalidatePath("/regions", "layout");
    await revalidatePublicPages();
  }
  return toFormState(result, { ...values, municipalityCodes: municipalityCodes.join(",") });
}

export async function setRegionLeadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["healthCenterId", "regionCode", "effectiveOn"]);
  const result = await toActionResult(() => setRegionLead(actor, values as SetRegionLeadInput));
  if (result.ok) {
    revalidatePath(LIST, "layout");
    revalidatePath("/regions", "layout");
    await revalidatePublicPages();
  }
  return toFormState(result, values);
}
