"use server";
// Importing an organisation list: read and preview, then confirm. The confirmation sends the same
// file back (held in the page between the two steps) and the domain validates it all again, so
// nothing unchecked is written. Public POST endpoints: each authorizes through the domain function.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { commitOrganisationImport, previewOrganisationImport, type ImportPreview } from "@/lib/organisations/import";
import type { FormState } from "@/lib/users/form-state";

export type ImportState = FormState<{ preview?: ImportPreview; fileName?: string; fileData?: string; committed?: { created: number; updated: number } }>;

export async function previewOrganisationImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await getActor();
  const entry = formData.get("file");
  const file = entry instanceof File && entry.size > 0 ? { name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) } : null;
  const result = await toActionResult(() => previewOrganisationImport(actor, file));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  return { ok: true, data: { preview: result.data, fileName: file!.name, fileData: Buffer.from(file!.bytes).toString("base64") } };
}

export async function commitOrganisationImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await getActor();
  const name = String(formData.get("fileName") ?? "");
  const data = String(formData.get("fileData") ?? "");
  const file = name && data ? { name, bytes: new Uint8Array(Buffer.from(data, "base64")) } : null;
  const expectedFingerprint = String(formData.get("fingerprint") ?? "");
  const result = await toActionResult(() => commitOrganisationImport(actor, file, { expectedFingerprint }));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/admin/organisations", "layout");
  return { ok: true, data: { committed: result.data } };
}
