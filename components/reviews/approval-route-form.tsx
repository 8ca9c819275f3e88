"use client";
// The steps of one 決裁 (up to three): a name, and the roles or the users who may approve it.
import { saveApprovalRouteAction } from "@/app/(portal)/admin/approval-settings/actions";
import { FormMessage, TextField, submitClass } from "@/components/users/form-fields";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import type { ApprovalStep } from "@/lib/reviews/schema";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function ApprovalRouteForm(props: { purpose: "DECISION" | "CONFIRMATION"; heading: string; steps: ApprovalStep[]; version: number; isDefault: boolean; candidates: { userId: string; displayName: string; role: string }[] }) {
  const [state, action, pending] = useFormAction<FormState>(saveApprovalRouteAction, {});
  const v = state.values;
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const id = props.purpose.toLowerCase();
  const label = (n: number) => v?.[`label${n}`] ?? props.steps[n - 1]?.label ?? "";
  const roles = (n: number) => (v ? (v[`roles${n}`] ?? "").split(",") : (props.steps[n - 1]?.roles ?? []));
  const users = (n: number) => (v ? (v[`users${n}`] ?? "").split(",") : (props.steps[n - 1]?.userIds ?? []));
  return (
    <section aria-labelledby={`route-${id}`} className="max-w-[48em] space-y-4">
      <h2 id={`route-${id}`} className="text-std-24B-150">
        {props.heading}
      </h2>
      {props.isDefault ? <p className="text-std-16N-170">{m.defaultRoute}</p> : null}
      <FormMessage state={state} success={m.routeSaved} />
      <form key={JSON.stringify([v ?? {}, props.version])} action={action} className="space-y-6" noValidate>
        <input type="hidden" name="purpose" value={props.purpose} />
        <input type="hidden" name="version" value={props.isDefault ? "" : props.version} />
        {[1, 2, 3].map((n) => (
          <fieldset key={n} className="space-y-4 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-2 text-std-17B-170">{m.stepLegend(n)}</legend>
            <TextField id={`${id}-label${n}`} name={`label${n}`} label={m.stepLabel} hint={n > 1 ? m.stepUnused : undefined} defaultValue={label(n)} errors={errors[`label${n}`]} />
            <fieldset aria-describedby={errors[`approver${n}`] ? `${id}-approver${n}-error` : undefined}>
              <legend className="text-std-16B-170">{m.stepRoles}</legend>
              {errors[`approver${n}`] ? <p id={`${id}-approver${n}-error`} className="text-dns-16B-130 text-red-1000">{errors[`approver${n}`][0]}</p> : null}
              {(["PREFECTURE_STAFF", "PREFECTURE_ADMIN"] as const).map((r) => (
                <label key={r} className="mr-6 inline-flex items-center gap-2 text-std-16N-170">
                  <input type="checkbox" name={`roles${n}`} value={r} defaultChecked={roles(n).includes(r)} className="size-5" />
                  {m.roleNames[r]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend className="text-std-16B-170">{m.stepUsers}</legend>
              {props.candidates.map((c) => (
                <label key={c.userId} className="mr-6 inline-flex items-center gap-2 text-std-16N-170">
                  <input type="checkbox" name={`users${n}`} value={c.userId} defaultChecked={users(n).includes(c.userId)} className="size-5" />
                  {c.displayName}（{m.roleNames[c.role] ?? c.role}）
                </label>
              ))}
            </fieldset>
          </fieldset>
        ))}
        {errors._ || errors.steps ? <p className="text-dns-16B-130 text-red-1000">{(errors._ ?? errors.steps)[0]}</p> : null}
        <button type="submit" disabled={pending} className={submitClass}>
          {m.saveRoute}
        </button>
      </form>
    </section>
  );
}
