"use client";
// One button that posts one server action with fixed hidden fields, reporting the outcome beside it.
import type { FormState } from "@/lib/users/form-state";
import { FormMessage, secondaryClass } from "./form-fields";
import { useFormAction } from "@/lib/http/use-form-action";

export function ActionButton({
  action,
  fields,
  label,
  success,
  describedBy,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  success?: string;
  /** Id of the text that says which row the button acts on. */
  describedBy?: string;
}) {
  const [state, formAction, pending] = useFormAction<FormState>(action, {});
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-describedby={describedBy} className={secondaryClass}>
        {label}
      </button>
      <FormMessage state={state} success={success} />
    </form>
  );
}
