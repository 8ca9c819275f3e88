"use client";
// The two changes at an effective date: municipalities into this centre's jurisdiction, and this
// centre as the lead of a 在宅医療圏. Dates may be typed in 和暦.
import { setJurisdictionAction, setRegionLeadAction } from "@/app/(portal)/admin/health-centers/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { healthCenterMessages as hm } from "@/lib/health-centers/messages";
import { healthCenterPageMessages as m } from "@/lib/health-centers/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

interface Options {
  municipalities: { code: string; name: string; currentCenter: string | null }[];
  regions: { code: string; name: string; currentLead: string | null }[];
}

const selectClass = "mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1";

export function JurisdictionForm({ healthCenterId, options }: { healthCenterId: number; options: Options }) {
  const [state, action, pending] = useFormAction<FormState>(setJurisdictionAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const chosen = (v.municipalityCodes ?? "").split(",").filter(Boolean);
  const err = e.municipalityCodes;
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={m.changed} />
      <form key={JSON.stringify(v)} action={action} className="max-w-[36em] space-y-6" noValidate>
        <input type="hidden" name="healthCenterId" value={healthCenterId} />
        <div>
          <label htmlFor="jurisdiction-municipalities" className="block text-std-16B-170">
            {hm.field.municipalityCodes}
            <span className="ml-2 text-dns-14N-130 text-error-1">※必須</span>
          </label>
          <p id="jurisdiction-municipalities-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">
            {m.municipalitiesHint}
          </p>
          <select
            id="jurisdiction-municipalities"
            name="municipalityCodes"
            multiple
            size={8}
            defaultValue={chosen}
            aria-invalid={err?.length ? true : undefined}
            aria-describedby={["jurisdiction-municipalities-hint", err?.length ? "jurisdiction-municipalities-error" : null].filter(Boolean).join(" ")}
            className={selectClass}
          >
            {options.municipalities.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name}（{x.code}）{x.currentCenter ? `［${x.currentCenter}］` : ""}
              </option>
            ))}
          </select>
          {err?.length ? (
            <p id="jurisdiction-municipalities-error" className="mt-2 text-dns-16N-130 text-error-1">
              {err.join(" ")}
            </p>
          ) : null}
        </div>
        <TextField id="jurisdiction-effective" name="effectiveOn" label={hm.field.effectiveOn} hint={m.effectiveHint} required defaultValue={v.effectiveOn} errors={e.effectiveOn} />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.changeJurisdictionSubmit}
        </button>
      </form>
    </div>
  );
}

export function LeadForm({ healthCenterId, options }: { healthCenterId: number; options: Options }) {
  const [state, action, pending] = useFormAction<FormState>(setRegionLeadAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={m.changed} />
      <form key={JSON.stringify(v)} action={action} className="max-w-[36em] space-y-6" noValidate>
        <input type="hidden" name="healthCenterId" value={healthCenterId} />
        <SelectField
          id="lead-region"
          name="regionCode"
          label={hm.field.regionCode}
          required
          defaultValue={v.regionCode}
          errors={e.regionCode ?? e.healthCenterId}
          options={options.regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）${r.currentLead ? `［${r.currentLead}］` : ""}` }))}
        />
        <TextField id="lead-effective" name="effectiveOn" label={hm.field.effectiveOn} hint={m.effectiveHint} required defaultValue={v.effectiveOn} errors={e.effectiveOn} />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.changeLeadSubmit}
        </button>
      </form>
    </div>
  );
}
