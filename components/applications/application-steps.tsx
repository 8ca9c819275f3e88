"use client";
// The applicant's steps after submission: 取下げ, 実績報告 (actual cost per line) and 変更承認申請
// (the reason; the plan as it stands). Each posts with the version the page read.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applicantStepAction, reportActualsAction, requestChangeAction } from "@/app/(portal)/applications/actions";
import { secondaryClass, submitClass } from "@/components/users/form-fields";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import type { DraftContent } from "@/lib/applications/schema";
import type { ActionResult } from "@/lib/http/action-result";
import { callKeepingInput } from "./keep-input";

const inputClass = "mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170";

interface Props {
  applicationId: string;
  version: number;
  actions: string[];
  items: { itemCode: string; name: string }[];
  content: DraftContent;
}

export function ApplicationSteps({ applicationId, version, actions, items, content }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const v = (k: string) => values[k] ?? "";
  const set = (k: string) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });
  const run = (fn: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      const r = await callKeepingInput(fn);
      if (!r.ok) setMessage(r.message + (r.fieldErrors ? ` ${Object.values(r.fieldErrors).flat().join(" ")}` : ""));
      else router.refresh();
    });
  const num = (s: string) => Number(s.replace(/[,，\s円]/g, "") || "NaN");
  return (
    <div className="space-y-8">
      <div role="alert" className={message ? "rounded-8 border-2 border-error-1 bg-red-50 p-4 text-std-16N-170" : "sr-only"}>{message ?? ""}</div>
      {actions.includes("report") ? (
        <section aria-labelledby="report-heading" className="space-y-4">
          <h3 id="report-heading" className="text-std-18B-160">{m.report}</h3>
          {items.map((i) => (
            <div key={i.itemCode}>
              <label htmlFor={`actual-${i.itemCode}`} className="block text-std-16B-170">{m.actualCost(i.name)}</label>
              <input id={`actual-${i.itemCode}`} inputMode="numeric" className={inputClass} value={v(`item:${i.itemCode}`)} onChange={set(`item:${i.itemCode}`)} />
            </div>
          ))}
          <div>
            <label htmlFor="actual-total" className="block text-std-16B-170">{m.actualTotal}</label>
            <input id="actual-total" inputMode="numeric" className={inputClass} value={v("total")} onChange={set("total")} />
          </div>
          <div>
            <label htmlFor="actual-income" className="block text-std-16B-170">{m.actualIncome}</label>
            <input id="actual-income" inputMode="numeric" className={inputClass} value={v("income")} onChange={set("income")} />
          </div>
          <button type="button" className={submitClass} disabled={pending} onClick={() => run(() => reportActualsAction({ applicationId, expectedVersion: version, actualTotalCostYen: num(v("total")), actualOtherIncomeYen: v("income") ? num(v("income")) : 0, items: items.map((i) => ({ itemCode: i.itemCode, actualCostYen: num(v(`item:${i.itemCode}`)) })) }))}>
            {m.report}
          </button>
        </section>
      ) : null}
      {actions.includes("request_change") ? (
        <section aria-labelledby="change-heading" className="space-y-4">
          <h3 id="change-heading" className="text-std-18B-160">{m.change}</h3>
          <label htmlFor="change-reason" className="block text-std-16B-170">{m.changeReason}</label>
          <textarea id="change-reason" rows={3} className={inputClass} value={v("reason")} onChange={set("reason")} />
          <button type="button" className={secondaryClass} disabled={pending} onClick={() => run(() => requestChangeAction({ applicationId, expectedVersion: version, reason: v("reason"), content }))}>{m.change}</button>
        </section>
      ) : null}
      {actions.includes("withdraw") ? (
        <section aria-labelledby="withdraw-heading" className="space-y-4">
          <h3 id="withdraw-heading" className="text-std-18B-160">{m.withdraw}</h3>
          <label htmlFor="withdraw-reason" className="block text-std-16B-170">{m.withdrawReason}</label>
          <textarea id="withdraw-reason" rows={2} className={inputClass} value={v("withdraw")} onChange={set("withdraw")} />
          <button type="button" className={secondaryClass} disabled={pending} onClick={() => run(() => applicantStepAction("withdraw", { applicationId, expectedVersion: version, comment: v("withdraw") || undefined }))}>{m.withdraw}</button>
        </section>
      ) : null}
    </div>
  );
}
