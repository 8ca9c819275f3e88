"use client";
// Registering an organisation or changing its details; what was typed stays on an error.
import { createOrganisationAction, updateOrganisationAction } from "@/app/(portal)/admin/organisations/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { organisationMessages as om, organisationTypeLabels } from "@/lib/organisations/messages";
import { organisationPageMessages as m } from "@/lib/organisations/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export type OrganisationFormValues = Record<"type" | "name" | "nameKana" | "corporateNumber" | "postalCode" | "address" | "phone" | "email" | "municipalityCode", string> & {
  id: number;
  version: number;
};

const TEXT_FIELDS = [
  ["name", true, "organization"],
  ["nameKana", false, "off"],
  ["corporateNumber", false, "off"],
  ["postalCode", false, "postal-code"],
  ["address", false, "street-address"],
  ["phone", false, "tel"],
  ["email", false, "email"],
] as const;

export function OrganisationForm({ current, municipalities }: { current?: OrganisationFormValues; municipalities: { code: string; name: string }[] }) {
  const [state, action, pending] = useFormAction<FormState>(current ? updateOrganisationAction : createOrganisationAction, {});
  const v: Record<string, string> = state.values ?? (current ? Object.fromEntries(Object.entries(current).map(([k, x]) => [k, String(x)])) : {});
  const e = state.fieldErrors ?? {};
  const p = current ? "edit" : "new";
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={current ? m.saved : undefined} />
      <form key={JSON.stringify(v)} action={action} className="max-w-[36em] space-y-6" noValidate>
        {current ? (
          <>
            <input type="hidden" name="organisationId" value={current.id} />
            <input type="hidden" name="expectedVersion" value={current.version} />
          </>
        ) : null}
        <SelectField
          id={`${p}-type`}
          name="type"
          label={om.field.type}
          required
          defaultValue={v.type ?? ""}
          errors={e.type}
          options={[{ value: "", label: "選んでください" }, ...Object.entries(organisationTypeLabels).map(([value, label]) => ({ value, label }))]}
        />
        {TEXT_FIELDS.map(([name, required, autoComplete]) => (
          <TextField
            key={name}
            id={`${p}-${name}`}
            name={name}
            type={name === "email" ? "email" : "text"}
            autoComplete={autoComplete}
            label={om.field[name]}
            required={required}
            defaultValue={v[name]}
            errors={e[name]}
          />
        ))}
        <SelectField
          id={`${p}-municipality`}
          name="municipalityCode"
          label={m.municipalityLabel}
          hint={m.municipalityHint}
          defaultValue={v.municipalityCode ?? ""}
          errors={e.municipalityCode}
          options={[{ value: "", label: "—" }, ...municipalities.map((x) => ({ value: x.code, label: `${x.name}（${x.code}）` }))]}
        />
        <button type="submit" disabled={pending} className={submitClass}>
          {current ? m.editSubmit : m.createSubmit}
        </button>
      </form>
    </div>
  );
}
