"use client";
// Adding a facility an organisation runs, by its key (医科・歯科 and 医療機関番号), and merging a
// duplicate organisation into this one.
import { addOrganisationFacilityAction, mergeOrganisationsAction } from "@/app/(portal)/admin/organisations/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { facilityCategoryLabels, organisationMessages as om } from "@/lib/organisations/messages";
import { organisationPageMessages as m } from "@/lib/organisations/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function AddFacilityForm({ organisationId }: { organisationId: number }) {
  const [state, action, pending] = useFormAction<FormState>(addOrganisationFacilityAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={m.added} />
      <form key={JSON.stringify(v)} action={action} className="max-w-[36em] space-y-6" noValidate>
        <input type="hidden" name="organisationId" value={organisationId} />
        <SelectField
          id="facility-category"
          name="category"
          label={om.field.category}
          required
          defaultValue={v.category ?? "MEDICAL"}
          errors={e.category}
          options={Object.entries(facilityCategoryLabels).map(([value, label]) => ({ value, label }))}
        />
        <TextField id="facility-number" name="institutionNumber" label={om.field.institutionNumber} required defaultValue={v.institutionNumber} errors={e.institutionNumber} />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.facilityAddSubmit}
        </button>
      </form>
    </div>
  );
}

export function MergeForm({ survivor, candidates }: { survivor: { id: number; version: number }; candidates: { id: number; name: string; version: number }[] }) {
  const [state, action, pending] = useFormAction<FormState>(mergeOrganisationsAction, {});
  const v = state.values ?? {};
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={m.merged} />
      <form key={JSON.stringify(v)} action={action} className="max-w-[36em] space-y-6" noValidate>
        <input type="hidden" name="survivorId" value={survivor.id} />
        <input type="hidden" name="survivorVersion" value={survivor.version} />
        <SelectField
          id="merge-duplicate"
          name="duplicate"
          label={m.mergeLabel}
          required
          defaultValue={v.duplicate ?? ""}
          options={[{ value: "", label: "選んでください" }, ...candidates.map((c) => ({ value: `${c.id}:${c.version}`, label: c.name }))]}
        />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.mergeSubmit}
        </button>
      </form>
    </div>
  );
}
