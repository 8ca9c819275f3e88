"use client";
// Starting a region's report of a 年度: optionally from last year's report.
import { createReportAction } from "@/app/(portal)/reports/actions";
import { FormMessage, secondaryClass } from "@/components/users/form-fields";
import { reportPageMessages as m } from "@/lib/status-reports/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function CreateReportForm({ regionCode, regionName, fiscalYear }: { regionCode: string; regionName: string; fiscalYear: number }) {
  const [state, action, pending] = useFormAction<FormState>(createReportAction, {});
  const id = `create-${regionCode}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="regionCode" value={regionCode} />
      <input type="hidden" name="fiscalYear" value={fiscalYear} />
      <label htmlFor={`${id}-copy`} className="flex items-center gap-2 text-dns-16N-130">
        <input id={`${id}-copy`} type="checkbox" name="copyFromPrevious" value="on" className="size-5" />
        {m.copyLabel}
      </label>
      <button type="submit" disabled={pending} className={secondaryClass}>
        {m.create}<span className="sr-only">（{regionName}）</span>
      </button>
      {state.ok === false ? <FormMessage state={state} /> : null}
    </form>
  );
}
