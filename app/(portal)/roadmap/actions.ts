"use server";
// Roadmap editing: a 年度's target (本庁管理者) and a region's planned 年度 (本庁). Each authorizes
// through the domain function it calls.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { setRegionPlan, updateRoadmapTarget } from "@/lib/designations/roadmap-mutations";
import { toActionResult } from "@/lib/http/action-result";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";
import { revalidatePublicPages } from "@/lib/public-cache/cache";

async function revalidate() {
  revalidatePath("/roadmap");
  revalidatePath("/roadmap/manage");
  revalidatePath("/regions", "layout");
  await revalidatePublicPages();
}

export async function updateTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["fiscalYear", "expectedVersion", "minRegions", "maxRegions", "remaining"]);
  const prefectureId = actor.kind === "user" ? actor.prefectureId : 0;
  const result = await toActionResult(() => updateRoadmapTarget(actor, prefectureId, values as never));
  if (result.ok) await revalidate();
  return toFormState(result, values);
}

export async function setRegionPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["regionCode", "plannedFiscalYear"]);
  const prefectureId = actor.kind === "user" ? actor.prefectureId : 0;
  const result = await toActionResult(() => setRegionPlan(actor, prefectureId, values as never));
  if (result.ok) await revalidate();
  return toFormState(result, values);
}
