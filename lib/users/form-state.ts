// The state a user-administration form keeps between submissions: the outcome, the messages and
// what was typed (so nothing is lost on an error). No server dependencies: forms import it.
import type { ActionResult } from "@/lib/http/action-result";

export interface FormState<T = undefined> {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  data?: T;
}

export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? String(formData.get(n)) : ""]));
}

export function fromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], values: Record<string, string>): FormState<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
  return { ok: false, message: "入力内容を確認してください。", fieldErrors, values };
}

/** The outcome of a domain call as form state (the call's data is not passed to the browser). */
export function toFormState(result: ActionResult<unknown>, values: Record<string, string>): FormState {
  return result.ok ? { ok: true, values } : { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
}
