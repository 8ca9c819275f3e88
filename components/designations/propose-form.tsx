"use client";
// 候補を登録: type, organisation, regions (checkboxes), optional 協議開始日 and a note. What was typed
// stays after an error; success goes to the new candidate's page.
import { proposeDesignationAction } from "@/app/(portal)/designations/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { designationTypeLabels } from "@/lib/designations/messages";
import { designationPageMessages as m } from "@/lib/designations/page-messages";
import { DESIGNATION_TYPES } from "@/lib/designations/schema";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function ProposeForm({ organisations, regions }: { organisations: { id: number; name: string }[]; regions: { code: string; name: string }[] }) {
  const [state, action, pending] = useFormAction<FormState>(proposeDesignationAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const ticked = new Set((v.regionCodes ?? "").split(",").filter(Boolean));
  return (
    <div className="max-w-[40em] space-y-6">
      <FormMessage state={state} />
      <form key={JSON.stringify(state.values ?? {})} action={action} className="space-y-6" noValidate>
        <SelectField id="propose-type" name="type" label={m.proposeType} required defaultValue={v.type ?? "BASE"} errors={e.type} options={DESIGNATION_TYPES.map((t) => ({ value: t, label: designationTypeLabels[t] }))} />
        <SelectField
          id="propose-organisation"
          name="organisationId"
          label={m.proposeOrganisation}
          hint={m.proposeOrganisationHint}
          required
          defaultValue={v.organisationId ?? ""}
          errors={e.organisationId}
          options={[{ value: "", label: m.chooseOrganisation }, ...organisations.map((o) => ({ value: String(o.id), label: o.name }))]}
        />
        <fieldset aria-describedby={e.regionCodes?.length ? "propose-regions-error" : undefined}>
          <legend className="text-std-16B-170">
            {m.proposeRegions}
            <span className="ml-2 text-dns-14N-130 text-error-1">※必須</span>
          </legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {regions.map((r) => (
              <label key={r.code} className="flex items-center gap-2 text-std-16N-170">
                <input type="checkbox" name="regionCodes" value={r.code} defaultChecked={ticked.has(r.code) || regions.length === 1} className="size-5" />
                {r.name}
              </label>
            ))}
          </div>
          {e.regionCodes?.length ? <p id="propose-regions-error" className="mt-2 text-dns-16N-130 text-error-1">{e.regionCodes.join(" ")}</p> : null}
        </fieldset>
        <TextField id="propose-consultation" name="consultationStartedOn" type="date" label={m.proposeConsultation} hint={m.dateHint} defaultValue={v.consultationStartedOn} errors={e.consultationStartedOn} />
        <TextField id="propose-note" name="note" label={m.proposeNote} defaultValue={v.note} errors={e.note} />
        <button type="submit" disabled={pending} className={submitClass}>{m.proposeSubmit}</button>
      </form>
    </div>
  );
}
