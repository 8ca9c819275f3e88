"use server";
// The 在宅医療圏 editor's two steps: preview (本庁担当 and 本庁管理者) and save (本庁管理者). Public
// POST endpoints: each authorizes through the domain function it calls.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { toActionResult } from "@/lib/http/action-result";
import { previewRegionChange, saveRegionChange, type RegionChangePreview } from "@/lib/regions/change";
import type { ImpactDecisionsInput } from "@/lib/regions/impact";
import { revalidatePublicPages } from "@/lib/public-cache/cache";

export interface ChangeFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The change the preview was made for (JSON), so the form knows whether it is still current. */
  changeJson?: string;
  preview?: RegionChangePreview;
}

function parseJson(value: FormDataEntryValue | null): unknown {
  try {
    return typeof value === "string" ? JSON.parse(value) : null;
  } catch {
    return null;
  }
}

export async function previewRegionChangeAction(_prev: ChangeFormState, formData: FormData): Promise<ChangeFormState> {
  const actor = await getActor();
  const changeJson = String(formData.get("change") ?? "");
  const result = await toActionResult(async () => previewRegionChange(actor, (await requirePortalPrefecture()).id, parseJson(changeJson)));
  return result.ok ? { ok: true, changeJson, preview: result.data } : { ok: false, message: result.message, fieldErrors: result.fieldErrors, changeJson };
}

export async function saveRegionChangeAction(_prev: ChangeFormState, formData: FormData): Promise<ChangeFormState> {
  const actor = await getActor();
  const changeJson = String(formData.get("change") ?? "");
  const decisions = (parseJson(formData.get("decisions")) ?? {}) as ImpactDecisionsInput;
  const result = await toActionResult(async () => saveRegionChange(actor, (await requirePortalPrefecture()).id, parseJson(changeJson), decisions));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, changeJson };
  revalidatePath("/regions");
  await revalidatePublicPages();
  revalidatePath("/admin/regions");
  const target = String(formData.get("returnTo") ?? "");
  redirect(`/admin/regions/${encodeURIComponent(target)}?saved=1`);
}
