"use client";
// Editing the roadmap: one small form per 年度's target (本庁管理者), and one form setting a region's
// planned 年度 (本庁). What was typed stays after an error.
import { setRegionPlanAction, updateTargetAction } from "@/app/(portal)/roadmap/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { roadmapMessages as m } from "@/lib/designations/page-messages";
import type { RoadmapTargetValue } from "@/lib/designations/roadmap";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function TargetForm({ target, label }: { target: RoadmapTargetValue; label: string }) {
  const [state, action, pending] = useFormAction<FormState>(updateTargetAction, {});
  const v = state.ok === false ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const id = `target-${target.fiscalYear}`;
  return (
    <form key={JSON.stringify([state.values, target.version])} action={action} className="rounded-8 border border-solid-gray-420 p-4" noValidate>
      <fieldset className="space-y-3">
        <legend className="text-std-17B-170">{m.targetLegend(label)}</legend>
        <FormMessage state={state} success={m.targetSaved} />
        <input type="hidden" name="fiscalYear" value={target.fiscalYear} />
        <input type="hidden" name="expectedVersion" value={target.version} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={`${id}-min`} name="minRegions" type="number" label={m.targetMin} defaultValue={v.minRegions ?? (target.minRegions?.toString() ?? "")} errors={e.minRegions} />
          <TextField id={`${id}-max`} name="maxRegions" type="number" label={m.targetMax} defaultValue={v.maxRegions ?? (target.maxRegions?.toString() ?? "")} errors={e.maxRegions} />
        </div>
        <label className="flex items-center gap-2 text-std-16N-170">
          <input type="checkbox" name="remaining" value="on" defaultChecked={v.remaining ? v.remaining === "on" : target.remaining} className="size-5" />
          {m.targetRemaining}
        </label>
        <button type="submit" disabled={pending} className={submitClass}>{m.targetSubmit}</button>
      </fieldset>
    </form>
  );
}

export function PlanForm({ regions, years }: { regions: { code: string; name: string; plannedFiscalYear: number | null }[]; years: { value: number; label: string }[] }) {
  const [state, action, pending] = useFormAction<FormState>(setRegionPlanAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <div className="max-w-[40em] space-y-4">
      <FormMessage state={state} success={m.planSaved} />
      <form key={JSON.stringify(state.values ?? {})} action={action} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
        <SelectField id="plan-region" name="regionCode" label={m.planRegion} defaultValue={v.regionCode} errors={e.regionCode} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        <SelectField id="plan-year" name="plannedFiscalYear" label={m.planYear} defaultValue={v.plannedFiscalYear} errors={e.plannedFiscalYear} options={[{ value: "", label: m.unplanned }, ...years.map((y) => ({ value: String(y.value), label: y.label }))]} />
        <button type="submit" disabled={pending} className={submitClass}>{m.planSubmit}</button>
      </form>
    </div>
  );
}
