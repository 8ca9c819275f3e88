// Labelled inputs and selects with their hint and errors tied to them by aria-describedby.
import type { ChangeEvent, ReactNode } from "react";
import { WarekiEcho } from "@/components/ui/wareki-echo";
import { warekiEchoId } from "@/lib/dates/date-input";
import type { FormState } from "@/lib/users/form-state";

const inputClass = "mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1";

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  required?: boolean;
}

function describedBy(id: string, hint?: string, errors?: string[], date?: boolean) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null, date ? warekiEchoId(id) : null].filter(Boolean).join(" ") || undefined;
}

function FieldFrame({ id, label, hint, errors, required, children }: Omit<FieldProps, "name" | "defaultValue"> & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-std-16B-170">
        {label}
        {required ? <span className="ml-2 text-dns-14N-130 text-error-1">※必須</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-2 text-dns-16N-130 text-error-1">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: FieldProps & { type?: string; autoComplete?: string }) {
  const { id, name, type = "text", autoComplete, defaultValue, errors, hint, required } = props;
  const dated = type === "date" || type === "datetime-local";
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, dated)}
        className={inputClass}
      />
      {dated ? <WarekiEcho inputId={id} initial={defaultValue} /> : null}
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & { options: { value: string; label: string }[]; onChange?: (e: ChangeEvent<HTMLSelectElement>) => void; disabled?: boolean },
) {
  const { id, name, defaultValue, errors, hint, required, options, onChange, disabled } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={defaultValue}
        onChange={onChange}
        disabled={disabled}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The form's outcome: an error as an alert, a success as a status message. */
export function FormMessage({ state, success }: { state: FormState<unknown>; success?: string }) {
  if (state.ok === false && state.message) {
    return (
      <div role="alert" className="rounded-8 border-2 border-error-1 bg-red-50 p-4 text-std-16N-170 text-red-1000">
        {state.message}
      </div>
    );
  }
  return (
    <div role="status" className={state.ok && success ? "rounded-8 border-2 border-green-900 bg-green-50 p-4 text-std-16N-170" : "sr-only"}>
      {state.ok && success ? success : ""}
    </div>
  );
}

export const submitClass =
  "inline-flex min-h-12 items-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 hover:underline focus-visible:outline-4 disabled:bg-solid-gray-600";
export const secondaryClass =
  "inline-flex min-h-11 items-center rounded-8 border border-solid-gray-600 bg-white px-4 text-dns-16B-120 text-solid-gray-900 hover:bg-solid-gray-50 hover:underline disabled:text-solid-gray-600";
