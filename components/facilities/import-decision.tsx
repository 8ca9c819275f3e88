"use client";
// 「取り込む（確定）」 and 「取り消す」 for a previewed list. Both send the job's version as read by
// the page, so a change made meanwhile by someone else is reported instead of overwritten. While
// facilities still lack a municipality there is no confirm button, only the reason.
import { commitFacilityImportAction, discardFacilityImportAction } from "@/app/(portal)/admin/facility-imports/actions";
import { FormMessage, secondaryClass, submitClass } from "@/components/users/form-fields";
import type { FormState } from "@/lib/users/form-state";
import { importPageMessages as m } from "./import-messages";
import { useFormAction } from "@/lib/http/use-form-action";

function JobFields({ importId, version }: { importId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}

export function ImportDecision({ importId, version, unassigned }: { importId: string; version: number; unassigned: number }) {
  const [commitState, commit, committing] = useFormAction<FormState>(commitFacilityImportAction, {});
  const [discardState, discard, discarding] = useFormAction<FormState>(discardFacilityImportAction, {});
  const busy = committing || discarding;
  return (
    <div className="space-y-4">
      <FormMessage state={commitState} />
      <FormMessage state={discardState} />
      {unassigned > 0 ? (
        <p id="commit-blocked" className="max-w-[48em] rounded-8 border-2 border-orange-900 bg-orange-50 p-4 text-std-16N-170">
          {m.commitBlocked(unassigned)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-4">
        {unassigned === 0 ? (
          <form action={commit}>
            <JobFields importId={importId} version={version} />
            <button type="submit" disabled={busy} className={submitClass}>
              {m.commit}
            </button>
          </form>
        ) : null}
        <form action={discard}>
          <JobFields importId={importId} version={version} />
          <button type="submit" disabled={busy} className={`${secondaryClass} min-h-12`}>
            {m.discard}
          </button>
        </form>
      </div>
    </div>
  );
}
