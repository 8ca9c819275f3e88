"use client";
// 補正 of one budget: date, signed amount in 円, reason. The version the page was read at travels
// with it, so a change by someone else in between is refused as a conflict; what was typed stays.
import { addSupplementAction } from "@/app/(portal)/admin/budgets/[fiscalYear]/[lineCode]/actions";
import { FormMessage, TextField, submitClass } from "@/components/users/form-fields";
import { budgetMessages as bm } from "@/lib/budgets/messages";
import { budgetPageMessages as m } from "@/lib/budgets/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function SupplementForm({ budgetId, version, path }: { budgetId: number; version: number; path: string }) {
  const [state, action, pending] = useFormAction<FormState>(addSupplementAction, {});
  const v = state.values ?? {};
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <div className="max-w-[36em] space-y-6">
      <FormMessage state={state} success={m.supplementSaved} />
      <form key={JSON.stringify([state.values, version])} action={action} className="space-y-6" noValidate>
        <input type="hidden" name="budgetId" value={budgetId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="path" value={path} />
        <TextField id="supplement-date" name="decidedOn" type="date" label={bm.field.decidedOn} hint={m.dateHint} required defaultValue={v.decidedOn} errors={errors.decidedOn} />
        <TextField id="supplement-amount" name="amountYen" label={bm.field.amountYen} hint={m.amountHint} required defaultValue={v.amountYen} errors={errors.amountYen} />
        <TextField id="supplement-reason" name="reason" label={bm.field.reason} required defaultValue={v.reason} errors={errors.reason} />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.supplementSubmit}
        </button>
      </form>
    </div>
  );
}
