"use server";
// 書類の様式: registers 本庁's own template workbook of a kind (本庁管理者; checked by the domain).
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import { uploadTemplate } from "@/lib/reviews/templates";
import type { FormState } from "@/lib/users/form-state";

export async function uploadTemplateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const kind = String(formData.get("kind") ?? "");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: m.fileRequired, fieldErrors: { file: [m.fileRequired] }, values: { kind } };
  const content = new Uint8Array(await file.arrayBuffer());
  const result = await toActionResult(() => uploadTemplate(actor, { kind, fileName: file.name, content }));
  if (result.ok) revalidatePath("/admin/document-templates");
  return result.ok ? { ok: true, values: {} } : { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: { kind } };
}
