"use client";
// Approves or returns the current step of a 決裁 (two submit buttons; a return needs a comment).
import { actOnApprovalAction } from "@/app/(portal)/admin/reviews/[applicationId]/actions";
import { FormMessage, TextField, secondaryClass, submitClass } from "@/components/users/form-fields";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function ApprovalActForm(props: { applicationId: string; approvalId: string; version: number; stepLabel: string }) {
  const [state, action, pending] = useFormAction<FormState>(actOnApprovalAction, {});
  const v = state.values ?? {};
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <section aria-labelledby={`act-${props.approvalId}`} className="max-w-[36em] space-y-4">
      <h4 id={`act-${props.approvalId}`} className="text-std-17B-170">
        {m.actHeading(props.stepLabel)}
      </h4>
      <FormMessage state={state} success={m.acted} />
      <form key={JSON.stringify([state.values ?? {}, props.version])} action={action} className="space-y-6" noValidate>
        <input type="hidden" name="applicationId" value={props.applicationId} />
        <input type="hidden" name="approvalId" value={props.approvalId} />
        <input type="hidden" name="version" value={props.version} />
        <TextField id={`act-comment-${props.approvalId}`} name="comment" label={m.actCommentLabel} defaultValue={v.comment} errors={errors.comment} />
        <div className="flex flex-wrap gap-4">
          <button type="submit" name="action" value="APPROVE" disabled={pending} className={submitClass}>
            {m.approveSubmit}
          </button>
          <button type="submit" name="action" value="RETURN" disabled={pending} className={secondaryClass}>
            {m.returnSubmit}
          </button>
        </div>
      </form>
    </section>
  );
}
