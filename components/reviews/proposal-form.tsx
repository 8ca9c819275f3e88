"use client";
// Starts a 決裁 of a 交付決定 (or 確定): amount, rate (at most the ceiling) and comment. What was
// typed stays on an error; field errors sit beside their fields.
import { startApprovalAction } from "@/app/(portal)/admin/reviews/[applicationId]/actions";
import { FormMessage, TextField, submitClass } from "@/components/users/form-fields";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function ProposalForm(props: { applicationId: string; purpose: "DECISION" | "CONFIRMATION"; defaultAmount: number; defaultRate: string; heading: string; stepsText: string }) {
  const [state, action, pending] = useFormAction<FormState>(startApprovalAction, {});
  const v = state.values ?? {};
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const id = props.purpose.toLowerCase();
  return (
    <section aria-labelledby={`propose-${id}`} className="max-w-[36em] space-y-4">
      <h3 id={`propose-${id}`} className="text-std-20B-150">
        {props.heading}
      </h3>
      <p className="text-std-16N-170">{m.proposeHint(props.stepsText)}</p>
      <FormMessage state={state} success={m.proposed} />
      <form key={JSON.stringify(state.values ?? {})} action={action} className="space-y-6" noValidate>
        <input type="hidden" name="applicationId" value={props.applicationId} />
        <input type="hidden" name="purpose" value={props.purpose} />
        <TextField id={`${id}-amount`} name="amountYen" label={m.amountLabel} hint={m.amountHint} required defaultValue={v.amountYen ?? String(props.defaultAmount)} errors={errors.amountYen} />
        <TextField id={`${id}-rate`} name="rate" label={m.rateLabel} hint={m.rateHint} required defaultValue={v.rate ?? props.defaultRate} errors={errors.rate} />
        <TextField id={`${id}-comment`} name="comment" label={m.commentLabel} defaultValue={v.comment} errors={errors.comment} />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.proposeSubmit}
        </button>
      </form>
    </section>
  );
}
