"use client";
// One form per transition of a designation: hidden id and version, labelled fields with their
// errors, the outcome announced. What was typed stays after an error.
import { FormMessage, submitClass, TextField } from "@/components/users/form-fields";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export interface ActionField {
  name: string;
  label: string;
  type?: "date" | "text" | "textarea";
  required?: boolean;
  hint?: string;
  defaultValue?: string;
}

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ActionForm({
  id,
  action,
  hidden,
  fields,
  submit,
  success,
}: {
  id: string;
  action: Action;
  hidden: Record<string, string>;
  fields: ActionField[];
  submit: string;
  success: string;
}) {
  const [state, dispatch, pending] = useFormAction<FormState>(action, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <div className="max-w-[40em] space-y-4">
      <FormMessage state={state} success={success} />
      <form key={JSON.stringify([state.values, hidden])} action={dispatch} className="space-y-4" noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {fields.map((f) =>
          f.type === "textarea" ? (
            <div key={f.name}>
              <label htmlFor={`${id}-${f.name}`} className="block text-std-16B-170">
                {f.label}
                {f.required ? <span className="ml-2 text-dns-14N-130 text-error-1">※必須</span> : null}
              </label>
              <textarea
                id={`${id}-${f.name}`}
                name={f.name}
                rows={3}
                defaultValue={values[f.name] ?? f.defaultValue}
                aria-invalid={errors[f.name]?.length ? true : undefined}
                aria-describedby={errors[f.name]?.length ? `${id}-${f.name}-error` : undefined}
                className="mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170"
              />
              {errors[f.name]?.length ? (
                <p id={`${id}-${f.name}-error`} className="mt-2 text-dns-16N-130 text-error-1">
                  {errors[f.name].join(" ")}
                </p>
              ) : null}
            </div>
          ) : (
            <TextField
              key={f.name}
              id={`${id}-${f.name}`}
              name={f.name}
              type={f.type ?? "text"}
              label={f.label}
              hint={f.hint}
              required={f.required}
              defaultValue={values[f.name] ?? f.defaultValue}
              errors={errors[f.name]}
            />
          ),
        )}
        <button type="submit" disabled={pending} className={submitClass}>
          {submit}
        </button>
      </form>
    </div>
  );
}
