"use server";
// 指定の管理: proposing candidates, transitions with reasons, notes and attachments. Public POST
// endpoints: each obtains the actor first and authorizes through the domain function it calls.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current";
import { addDesignationAttachment } from "@/lib/designations/attachments";
import { changeDesignation, designateDesignation, endDesignation } from "@/lib/designations/designate";
import { addDesignationNote, proposeDesignation, startCoordination } from "@/lib/designations/mutations";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";
import { revalidatePublicPages } from "@/lib/public-cache/cache";

async function revalidate(designationId: string) {
  revalidatePath("/designations");
  revalidatePath(`/designations/${designationId}`);
  revalidatePath("/roadmap");
  revalidatePath("/roadmap/manage");
  revalidatePath("/regions", "layout");
  await revalidatePublicPages();
}

export async function proposeDesignationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["type", "organisationId", "consultationStartedOn", "note"]);
  const regionCodes = formData.getAll("regionCodes").map(String);
  const prefectureId = actor.kind === "user" ? actor.prefectureId : 0;
  const result = await toActionResult(() => proposeDesignation(actor, prefectureId, { ...values, regionCodes } as never));
  if (!result.ok) return toFormState(result, { ...values, regionCodes: regionCodes.join(",") });
  await revalidate(String(result.data.id));
  redirect(`/designations/${result.data.id}`);
}

// The domain function parses the form's strings with its zod schema (and refuses them with field errors).
// On success the page is shown again with a saved notice (the form that was used may be gone:
// a designated candidate offers other transitions).
async function run(formData: FormData, names: string[], fn: (values: Record<string, string>) => Promise<unknown>): Promise<FormState> {
  const values = formValues(formData, names);
  const result = await toActionResult(() => fn(values));
  if (!result.ok) return toFormState(result, values);
  await revalidate(values.designationId);
  redirect(`/designations/${encodeURIComponent(values.designationId)}?saved=1`);
}

export async function startCoordinationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["designationId", "expectedVersion", "consultationStartedOn"], (v) => startCoordination(actor, v as never));
}

export async function designateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["designationId", "expectedVersion", "designatedOn", "periodEndsOn", "noticeNumber"], (v) => designateDesignation(actor, v as never));
}

export async function endDesignationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["designationId", "expectedVersion", "kind", "endedOn", "reason"], (v) => endDesignation(actor, v as never));
}

export async function changeDesignationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["designationId", "expectedVersion", "noticeNumber", "periodEndsOn", "reason"], (v) => changeDesignation(actor, v as never));
}

export async function addNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["designationId", "body"], (v) => addDesignationNote(actor, v as never));
}

export async function uploadAttachmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const designationId = String(formData.get("designationId") ?? "");
  const file = formData.get("file");
  const result = await toActionResult(async () => {
    const upload = file instanceof File ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: "", type: "", bytes: new Uint8Array() };
    return addDesignationAttachment(actor, Number(designationId), upload);
  });
  if (!result.ok) return toFormState(result, { designationId });
  await revalidate(designationId);
  redirect(`/designations/${encodeURIComponent(designationId)}?saved=1`);
}
