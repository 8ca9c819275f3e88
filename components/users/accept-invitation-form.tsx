"use client";
import Link from "next/link";

import { acceptInvitationAction } from "@/app/(public)/invitations/[token]/actions";
import type { FormState } from "@/lib/users/form-state";
import { userMessages as um } from "@/lib/users/messages";
import { userPageMessages as m } from "@/lib/users/page-messages";
import { FormMessage, submitClass, TextField } from "./form-fields";
import { useFormAction } from "@/lib/http/use-form-action";

export function AcceptInvitationForm({ token, email, displayName }: { token: string; email: string; displayName: string }) {
  const [state, action, pending] = useFormAction<FormState>(acceptInvitationAction, {});
  if (state.ok) {
    return (
      <div role="status" className="max-w-[36em] space-y-4 rounded-8 border-2 border-green-900 bg-green-50 p-4">
        <p className="text-std-17B-170">{m.acceptDone}</p>
        <p className="text-std-16N-170">{m.acceptDoneBody}</p>
        <Link href="/login" className="inline-block text-std-16B-170 text-blue-1000 underline">
          {m.goToLogin}
        </Link>
      </div>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-[36em] space-y-6" noValidate>
      <FormMessage state={state} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-std-16N-170">
        <dt className="text-std-16B-170">{um.field.displayName}</dt>
        <dd>{displayName}</dd>
        <dt className="text-std-16B-170">{um.field.email}</dt>
        <dd className="break-all">{email}</dd>
      </dl>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new credentials under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField id="password" name="password" type="password" autoComplete="new-password" label={um.field.password} hint={m.passwordHint} required errors={errors.password} />
      <TextField id="password-confirm" name="passwordConfirm" type="password" autoComplete="new-password" label={um.field.passwordConfirm} required errors={errors.passwordConfirm} />
      <button type="submit" disabled={pending} className={submitClass}>
        {m.acceptSubmit}
      </button>
    </form>
  );
}
