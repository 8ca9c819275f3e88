"use client";
// Controlled inputs of the 在宅医療圏 editor, each with its label, hint and errors (aria-describedby).
import type { ReactNode } from "react";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";

import { inputClass } from "./styles";

export { inputClass };

const describedBy = (id: string, hint?: string, errors?: string[]) =>
  [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="mt-2 text-dns-16N-130 text-error-1">
      {errors.join(" ")}
    </p>
  ) : null;
}

export function TextInput({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
  required,
  multiline,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
  hint?: string;
  required?: boolean;
  multiline?: boolean;
}) {
  const common = {
    id,
    value,
    required,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint, errors),
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-std-16B-170">
        {label}
        {required ? <span className="ml-2 text-dns-14N-130 text-error-1">{m.required}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={3} {...common} onChange={(e) => onChange(e.target.value)} /> : <input type="text" {...common} onChange={(e) => onChange(e.target.value)} />}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function Fieldset({ legend, children, errors, id }: { legend: string; children: ReactNode; errors?: string[]; id: string }) {
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="px-1 text-std-17B-170">{legend}</legend>
      <div className="space-y-4">{children}</div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

/** A checkbox with its label. */
export function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" className="size-5" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} className="text-std-16N-170">
        {label}
      </label>
    </div>
  );
}
