"use client";
// Assigning a municipality (or Sapporo ward) to each 在支診・在支病 whose address matched none:
// one native select per facility, grouped by 振興局, saved together. An empty choice clears it.
import { assignImportMunicipalitiesAction } from "@/app/(portal)/admin/facility-imports/actions";
import { FormMessage, secondaryClass } from "@/components/users/form-fields";
import type { FormState } from "@/lib/users/form-state";
import { importPageMessages as m } from "./import-messages";
import { useFormAction } from "@/lib/http/use-form-action";

export interface AssignRow {
  institutionNumber: string;
  name: string;
  address: string | null;
  assignedCode: string | null;
}

export interface MunicipalityGroup {
  label: string;
  options: { code: string; name: string }[];
}

const selectClass = "mt-2 w-full max-w-[24em] rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1";

export function ImportAssignForm({ importId, version, rows, groups }: { importId: string; version: number; rows: AssignRow[]; groups: MunicipalityGroup[] }) {
  const [state, action, pending] = useFormAction<FormState>(assignImportMunicipalitiesAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={m.assignSaved} />
      {/* Remounted when the job changes (a save bumps its version), so defaults follow the server. */}
      <form key={`${version}:${JSON.stringify(values)}`} action={action} className="space-y-6" noValidate>
        <input type="hidden" name="importId" value={importId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <ul className="space-y-6">
          {rows.map((row) => {
            const id = `assign-${row.institutionNumber}`;
            const name = `assign.${row.institutionNumber}`;
            const fieldErrors = errors[name] ?? [];
            return (
              <li key={row.institutionNumber} className="rounded-8 border border-solid-gray-420 p-4">
                <label htmlFor={id} className="block text-std-16B-170">
                  {m.assignLabel(row.name)}
                </label>
                <p id={`${id}-hint`} className="mt-1 break-all text-dns-14N-130 text-solid-gray-700">
                  {m.assignHint(row.address, row.institutionNumber)}
                </p>
                <select
                  id={id}
                  name={name}
                  defaultValue={values[name] ?? row.assignedCode ?? ""}
                  aria-invalid={fieldErrors.length > 0 ? true : undefined}
                  aria-describedby={fieldErrors.length > 0 ? `${id}-hint ${id}-error` : `${id}-hint`}
                  className={selectClass}
                >
                  <option value="">{m.assignNone}</option>
                  {groups.map((g) => (
                    <optgroup key={g.label} label={g.label}>
                      {g.options.map((o) => (
                        <option key={o.code} value={o.code}>
                          {o.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                {fieldErrors.length > 0 ? (
                  <p id={`${id}-error`} className="mt-2 text-dns-16N-130 text-error-1">
                    {fieldErrors.join(" ")}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <button type="submit" disabled={pending} className={secondaryClass}>
          {m.assignSubmit}
        </button>
      </form>
    </div>
  );
}
