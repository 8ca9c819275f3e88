"use server";
// 決裁の設定: saves the steps of one purpose. A public POST endpoint: the domain function
// authorizes (本庁管理者 only); the form keeps what was typed on an error.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toActionResult } from "@/lib/http/action-result";
import { saveApprovalRoute } from "@/lib/reviews/routes";
import type { FormState } from "@/lib/users/form-state";

export async function saveApprovalRouteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const text = (k: string) => (typeof formData.get(k) === "string" ? String(formData.get(k)) : "");
  const values: Record<string, string> = { purpose: text("purpose"), version: text("version") };
  const steps = [1, 2, 3]
    .map((n) => {
      values[`label${n}`] = text(`label${n}`);
      const roles = formData.getAll(`roles${n}`).map(String);
      const userIds = formData.getAll(`users${n}`).map(String);
      values[`roles${n}`] = roles.join(",");
      values[`users${n}`] = userIds.join(",");
      return { label: values[`label${n}`], roles, userIds };
    })
    .filter((s) => s.label.trim() !== "" || s.roles.length > 0 || s.userIds.length > 0);
  const result = await toActionResult(() => saveApprovalRoute(actor, { purpose: values.purpose as "DECISION", steps: steps as never, version: values.version === "" ? undefined : Number(values.version) }));
  if (result.ok) revalidatePath("/admin/approval-settings");
  if (result.ok) return { ok: true, values: {} };
  // "steps.1.label" → the field of step 2.
  const fieldErrors: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(result.fieldErrors ?? {})) {
    const m = /^steps\.(\d)\.(\w+)/.exec(k);
    fieldErrors[m ? `${m[2] === "label" ? "label" : "approver"}${Number(m[1]) + 1}` : k] = v;
  }
  return { ok: false, message: result.message, fieldErrors, values };
}
