"use client";
// One button per open call: creates the draft. The key is fixed when the page is rendered, so a
// double click, a replay or a second tab with the same page answer with the same application.
import { useActionState } from "react";
import { createApplicationAction } from "@/app/(portal)/applications/actions";
import { FormMessage, submitClass } from "@/components/users/form-fields";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { keepInputOnFailure } from "@/lib/http/submit-failure";

// A submit that cannot reach a working server keeps what was typed (ADR 0026).
const keep = {
  createApplication: keepInputOnFailure(createApplicationAction),
};

export function CreateApplicationForm({ callId, callTitle, idempotencyKey }: { callId: number; callTitle: string; idempotencyKey: string }) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(keep.createApplication, {});
  return (
    <form action={dispatch} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="callId" value={callId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <button type="submit" className={submitClass} disabled={pending}>{m.create(callTitle)}</button>
    </form>
  );
}
