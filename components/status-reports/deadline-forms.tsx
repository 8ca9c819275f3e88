"use client";
// 本庁: the 年度's submission deadline and the button that reminds the regions not yet submitted.
import { sendRemindersAction, setDeadlineAction } from "@/app/(portal)/reports/actions";
import { FormMessage, secondaryClass, submitClass, TextField } from "@/components/users/form-fields";
import { reportPageMessages as m } from "@/lib/status-reports/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function DeadlineForms({ fiscalYear, dueOn }: { fiscalYear: number; dueOn: string | null }) {
  const [state, action, pending] = useFormAction<FormState>(setDeadlineAction, {});
  const [remind, remindAction, reminding] = useFormAction<FormState<{ sent: number }>>(sendRemindersAction, {});
  return (
    <div className="max-w-[40em] space-y-8">
      <div className="space-y-4">
        <FormMessage state={state} success={m.deadlineSaved} />
        <form action={action} className="flex flex-wrap items-end gap-4">
          <input type="hidden" name="fiscalYear" value={fiscalYear} />
          <TextField id="deadline-due" name="dueOn" type="date" label={m.deadlineLabel} defaultValue={state.values?.dueOn ?? dueOn ?? ""} errors={state.fieldErrors?.dueOn} />
          <button type="submit" disabled={pending} className={submitClass}>{m.deadlineSubmit}</button>
        </form>
      </div>
      <div className="space-y-4">
        <FormMessage state={remind} success={remind.data ? m.reminded(remind.data.sent) : undefined} />
        <form action={remindAction}>
          <input type="hidden" name="fiscalYear" value={fiscalYear} />
          <button type="submit" disabled={reminding} className={secondaryClass}>{m.remind}</button>
        </form>
      </div>
    </div>
  );
}
