"use client";
// Registering a health centre or changing its details; what was typed stays on an error.
import { createHealthCenterAction, updateHealthCenterAction } from "@/app/(portal)/admin/health-centers/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { healthCenterMessages as hm, operatorLabels } from "@/lib/health-centers/messages";
import { healthCenterPageMessages as m } from "@/lib/health-centers/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export interface HealthCenterFormValues {
  id: number;
  version: number;
  name: string;
  code: string;
  operator: string;
  operatingMunicipalityCode: string;
  validFrom: string;
  validTo: string;
}

export function HealthCenterForm({ current }: { current?: HealthCenterFormValues }) {
  const [state, action, pending] = useFormAction<FormState>(current ? updateHealthCenterAction : createHealthCenterAction, {});
  const v: Record<string, string> = state.values ?? (current ? Object.fromEntries(Object.entries(current).map(([k, x]) => [k, String(x)])) : {});
  const e = state.fieldErrors ?? {};
  const p = current ? "edit" : "new";
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={current ? m.saved : m.created} />
      <form key={JSON.stringify(v)} action={action} className="max-w-[36em] space-y-6" noValidate>
        {current ? (
          <>
            <input type="hidden" name="healthCenterId" value={current.id} />
            <input type="hidden" name="expectedVersion" value={current.version} />
          </>
        ) : null}
        <TextField id={`${p}-name`} name="name" label={hm.field.name} required defaultValue={v.name} errors={e.name} />
        <TextField id={`${p}-code`} name="code" label={hm.field.code} defaultValue={v.code} errors={e.code} />
        <SelectField
          id={`${p}-operator`}
          name="operator"
          label={hm.field.operator}
          required
          defaultValue={v.operator ?? "PREFECTURE"}
          errors={e.operator}
          options={Object.entries(operatorLabels).map(([value, label]) => ({ value, label }))}
        />
        <TextField id={`${p}-city`} name="operatingMunicipalityCode" label={hm.field.operatingMunicipalityCode} hint={m.operatingCityHint} defaultValue={v.operatingMunicipalityCode} errors={e.operatingMunicipalityCode} />
        <TextField id={`${p}-from`} name="validFrom" label={hm.field.validFrom} hint={`${m.effectiveHint}${m.periodHint}`} defaultValue={v.validFrom} errors={e.validFrom} />
        <TextField id={`${p}-to`} name="validTo" label={hm.field.validTo} hint={`${m.effectiveHint}${m.periodHint}`} defaultValue={v.validTo} errors={e.validTo} />
        <button type="submit" disabled={pending} className={submitClass}>
          {current ? m.editSubmit : m.createSubmit}
        </button>
      </form>
    </div>
  );
}
