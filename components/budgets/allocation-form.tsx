"use client";
// The part of one budget set aside for a menu the line funds. Optimistic concurrency as in the
// 補正 form; what was typed stays after an error.
import { setAllocationAction } from "@/app/(portal)/admin/budgets/[fiscalYear]/[lineCode]/actions";
import { FormMessage, SelectField, TextField, submitClass } from "@/components/users/form-fields";
import { budgetMessages as bm } from "@/lib/budgets/messages";
import { budgetPageMessages as m } from "@/lib/budgets/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function AllocationForm({ budgetId, version, path, menus }: { budgetId: number; version: number; path: string; menus: { id: number; name: string }[] }) {
  const [state, action, pending] = useFormAction<FormState>(setAllocationAction, {});
  const v = state.values ?? {};
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <div className="max-w-[36em] space-y-6">
      <FormMessage state={state} success={m.allocationSaved} />
      <form key={JSON.stringify([state.values, version])} action={action} className="space-y-6" noValidate>
        <input type="hidden" name="budgetId" value={budgetId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="path" value={path} />
        <SelectField
          id="allocation-menu"
          name="menuId"
          label={bm.field.menuId}
          required
          defaultValue={v.menuId ?? String(menus[0]?.id ?? "")}
          errors={errors.menuId}
          options={menus.map((x) => ({ value: String(x.id), label: x.name }))}
        />
        <TextField id="allocation-amount" name="amountYen" label={bm.field.amountYen} hint={m.allocationAmountHint} required defaultValue={v.amountYen} errors={errors.amountYen} />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.allocationSubmit}
        </button>
      </form>
    </div>
  );
}
