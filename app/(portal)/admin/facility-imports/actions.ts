"use server";
// Importing the 厚生局 facility list: upload (read in the background after the answer), assign
// municipalities, confirm, discard. Public POST endpoints: each authorizes through the domain
// function it calls (本庁 only).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/current";
import { clientAddress } from "@/lib/http/client-address";
import {
  assignImportMunicipalities,
  commitFacilityImport,
  discardFacilityImport,
  runFacilityImport,
  startFacilityImport,
  type UploadedFile,
} from "@/lib/facilities/imports";
import { toActionResult } from "@/lib/http/action-result";
import { fromIssues, toFormState, type FormState } from "@/lib/users/form-state";
import { revalidatePublicPages } from "@/lib/public-cache/cache";

const LIST_PATH = "/admin/facility-imports";

const JobRefSchema = z.object({
  importId: z.uuid({ error: "取込みの指定が正しくありません。" }),
  expectedVersion: z.coerce.number({ error: "画面を再読み込みしてから、もう一度操作してください。" }).int().positive(),
});

function refOf(formData: FormData) {
  return JobRefSchema.safeParse({ importId: formData.get("importId"), expectedVersion: formData.get("expectedVersion") });
}

function revalidate(importId: string) {
  revalidatePath(LIST_PATH);
  revalidatePath(`${LIST_PATH}/${importId}`);
}

export async function uploadFacilityListAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const entry = formData.get("file");
  const file: UploadedFile | null = entry instanceof File ? { name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) } : null;
  const result = await toActionResult(() => startFacilityImport(actor, file));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  const { id } = result.data;
  // The list is read after the answer has gone; the job page shows the progress meanwhile.
  after(() => runFacilityImport(id, file!.bytes));
  revalidatePath(LIST_PATH);
  redirect(`${LIST_PATH}/${id}`);
}

export async function assignImportMunicipalitiesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const ref = refOf(formData);
  if (!ref.success) return fromIssues(ref.error.issues, {});
  const values: Record<string, string> = {};
  const assignments: { institutionNumber: string; municipalityCode: string }[] = [];
  for (const [name, value] of formData.entries()) {
    const match = /^assign\.(\d{7})$/.exec(name);
    if (!match || typeof value !== "string") continue;
    values[name] = value;
    assignments.push({ institutionNumber: match[1], municipalityCode: value });
  }
  const actor = await getActor();
  const result = await toActionResult(() => assignImportMunicipalities(actor, ref.data.importId, { expectedVersion: ref.data.expectedVersion, assignments }));
  if (result.ok) revalidate(ref.data.importId);
  return toFormState(result, values);
}

export async function commitFacilityImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const ref = refOf(formData);
  if (!ref.success) return fromIssues(ref.error.issues, {});
  const actor = await getActor();
  const ipAddress = clientAddress(await headers());
  const result = await toActionResult(() => commitFacilityImport(actor, ref.data.importId, { expectedVersion: ref.data.expectedVersion, ipAddress }));
  if (result.ok) {
    revalidate(ref.data.importId);
    // The public pages count from the newest snapshot.
    revalidatePath("/", "layout");
    await revalidatePublicPages();
  }
  return toFormState(result, {});
}

export async function discardFacilityImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const ref = refOf(formData);
  if (!ref.success) return fromIssues(ref.error.issues, {});
  const actor = await getActor();
  const result = await toActionResult(() => discardFacilityImport(actor, ref.data.importId));
  if (result.ok) revalidate(ref.data.importId);
  return toFormState(result, {});
}
