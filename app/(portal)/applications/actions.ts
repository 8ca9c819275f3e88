"use server";
// 補助金申請: creating a draft from an open call, autosave, the applicant's steps and 本庁's 差戻し.
// Public POST endpoints: each obtains the actor first and authorizes through the domain function.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addApplicationAttachment } from "@/lib/applications/attachments";
import { returnApplication } from "@/lib/applications/decision";
import { reportApplicationActuals, requestApplicationChange, resubmitApplication, submitApplication, withdrawApplication } from "@/lib/applications/lifecycle";
import { createApplication, saveApplicationDraft } from "@/lib/applications/mutations";
import type { ActualReportInput, ChangeRequestInput, SaveDraftInput } from "@/lib/applications/schema";
import { getActor } from "@/lib/auth/current";
import { toActionResult, type ActionResult } from "@/lib/http/action-result";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";

function revalidate(id: string) {
  revalidatePath("/applications");
  revalidatePath(`/applications/${id}`);
}

export async function createApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["callId", "idempotencyKey"]);
  const result = await toActionResult(() => createApplication(actor, values as never));
  if (!result.ok) return toFormState(result, values);
  revalidatePath("/applications");
  redirect(`/applications/${result.data.id}`);
}

/** Autosave and the 保存 button: the form's content with the version it read. */
export async function saveApplicationDraftAction(input: SaveDraftInput): Promise<ActionResult<{ version: number; requestedYen: number | null }>> {
  const actor = await getActor();
  const result = await toActionResult(() => saveApplicationDraft(actor, input));
  if (result.ok) revalidatePath("/applications");
  return result;
}

export type ApplicantStep = "submit" | "resubmit" | "withdraw";

export async function applicantStepAction(step: ApplicantStep, input: { applicationId: string; expectedVersion: number; comment?: string }): Promise<ActionResult<{ version: number }>> {
  const actor = await getActor();
  const fn = { submit: submitApplication, resubmit: resubmitApplication, withdraw: withdrawApplication }[step];
  const result = await toActionResult(() => fn(actor, input));
  if (result.ok) revalidate(input.applicationId);
  return result.ok ? { ok: true, data: { version: result.data.version } } : result;
}

export async function requestChangeAction(input: ChangeRequestInput): Promise<ActionResult<{ version: number }>> {
  const actor = await getActor();
  const result = await toActionResult(() => requestApplicationChange(actor, input));
  if (result.ok) revalidate(input.applicationId);
  return result.ok ? { ok: true, data: { version: result.data.version } } : result;
}

export async function reportActualsAction(input: ActualReportInput): Promise<ActionResult<{ version: number }>> {
  const actor = await getActor();
  const result = await toActionResult(() => reportApplicationActuals(actor, input));
  if (result.ok) revalidate(input.applicationId);
  return result.ok ? { ok: true, data: { version: result.data.version } } : result;
}

/** 本庁's 差戻し with a comment (the review queue and 決裁 come with the review pages). */
export async function returnApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["applicationId", "expectedVersion", "comment"]);
  const result = await toActionResult(() => returnApplication(actor, values as never));
  if (!result.ok) return toFormState(result, values);
  revalidate(values.applicationId);
  redirect(`/applications/${encodeURIComponent(values.applicationId)}?saved=1`);
}

export async function uploadApplicationAttachmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const applicationId = String(formData.get("applicationId") ?? "");
  const file = formData.get("file");
  const result = await toActionResult(async () => {
    const upload = file instanceof File ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: "", type: "", bytes: new Uint8Array() };
    return addApplicationAttachment(actor, applicationId, upload);
  });
  if (!result.ok) return toFormState(result, { applicationId });
  revalidate(applicationId);
  return { ok: true, values: { applicationId } };
}
