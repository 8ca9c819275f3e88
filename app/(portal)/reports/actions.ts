"use server";
// 状況報告: creating, autosaving (with the version), submitting, reviewing. Public POST endpoints:
// each obtains the actor first and authorizes through the domain function it calls.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current";
import { ConflictError } from "@/lib/errors";
import { toActionResult } from "@/lib/http/action-result";
import { addReportAttachment } from "@/lib/status-reports/attachments";
import { createReport, saveReportDraft } from "@/lib/status-reports/mutations";
import { sendReportReminders, setReportDeadline } from "@/lib/status-reports/reminders";
import { getReport } from "@/lib/status-reports/queries";
import { approveReport, reopenReport, returnReport, submitReport } from "@/lib/status-reports/review";
import type { ReportContent } from "@/lib/status-reports/schema";
import { formValues, toFormState, type FormState } from "@/lib/users/form-state";

export type SaveOutcome =
  | { ok: true; version: number }
  | { ok: false; conflict: { version: number; content: ReportContent; status: string } | null; message: string; fieldErrors?: Record<string, string[]> };

function revalidate(reportId: string | number) {
  revalidatePath("/reports");
  revalidatePath(`/reports/${reportId}`);
}

export async function createReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["regionCode", "fiscalYear", "copyFromPrevious"]);
  const prefectureId = actor.kind === "user" ? actor.prefectureId : 0;
  const result = await toActionResult(() => createReport(actor, prefectureId, values as never));
  if (!result.ok) return toFormState(result, values);
  revalidate(result.data.id);
  redirect(`/reports/${result.data.id}`);
}

/** Autosave: a stale version answers with the other person's content so the form can show both. */
export async function saveReportDraftAction(input: { reportId: number; expectedVersion: number; content: unknown }): Promise<SaveOutcome> {
  const actor = await getActor();
  try {
    const { version } = await saveReportDraft(actor, input);
    return { ok: true, version };
  } catch (err) {
    if (err instanceof ConflictError) {
      const current = await toActionResult(() => getReport(actor, Number(input.reportId)));
      return { ok: false, message: err.message, conflict: current.ok ? { version: current.data.version, content: current.data.content, status: current.data.status } : null };
    }
    const result = await toActionResult(() => Promise.reject(err));
    return { ok: false, conflict: null, message: result.ok ? "" : result.message, fieldErrors: result.ok ? undefined : result.fieldErrors };
  }
}

export async function submitReportAction(input: { reportId: number; expectedVersion: number }): Promise<FormState> {
  const actor = await getActor();
  const result = await toActionResult(() => submitReport(actor, input));
  if (result.ok) revalidate(input.reportId);
  return toFormState(result, {});
}

async function run(formData: FormData, names: string[], fn: (values: Record<string, string>) => Promise<unknown>): Promise<FormState> {
  const values = formValues(formData, names);
  const result = await toActionResult(() => fn(values));
  if (!result.ok) return toFormState(result, values);
  revalidate(values.reportId);
  redirect(`/reports/${encodeURIComponent(values.reportId)}?saved=1`);
}

const SECTIONS = ["functions", "council", "municipalities", "coordination", "general"];

export async function returnReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["reportId", "expectedVersion", ...SECTIONS.map((s) => `comment_${s}`)], (v) =>
    returnReport(actor, { reportId: v.reportId, expectedVersion: v.expectedVersion, comments: Object.fromEntries(SECTIONS.map((s) => [s, v[`comment_${s}`]])) } as never),
  );
}

export async function approveReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["reportId", "expectedVersion"], (v) => approveReport(actor, v as never));
}

export async function reopenReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return run(formData, ["reportId", "expectedVersion", "reason"], (v) => reopenReport(actor, v as never));
}

export async function setDeadlineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ["fiscalYear", "dueOn"]);
  const result = await toActionResult(() => setReportDeadline(actor, actor.kind === "user" ? actor.prefectureId : 0, values as never));
  if (result.ok) revalidatePath("/reports");
  return toFormState(result, values);
}

export async function sendRemindersAction(_prev: FormState<{ sent: number }>, formData: FormData): Promise<FormState<{ sent: number }>> {
  const actor = await getActor();
  const values = formValues(formData, ["fiscalYear"]);
  const result = await toActionResult(() => sendReportReminders(actor, actor.kind === "user" ? actor.prefectureId : 0, Number(values.fiscalYear)));
  return result.ok ? { ok: true, data: result.data, values } : { ok: false, message: result.message, values };
}

export async function uploadReportAttachmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const reportId = String(formData.get("reportId") ?? "");
  const file = formData.get("file");
  const result = await toActionResult(async () => {
    const upload = file instanceof File ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: "", type: "", bytes: new Uint8Array() };
    return addReportAttachment(actor, Number(reportId), upload);
  });
  if (!result.ok) return toFormState(result, { reportId });
  revalidate(reportId);
  redirect(`/reports/${encodeURIComponent(reportId)}?saved=1`);
}
