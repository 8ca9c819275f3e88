"use client";
import { inviteUserAction, type InviteState } from "@/app/(portal)/admin/users/actions";
import { userMessages as um } from "@/lib/users/messages";
import { userPageMessages as m } from "@/lib/users/page-messages";
import { FormMessage, submitClass, TextField } from "./form-fields";
import { RoleScopeFields, type ScopeOptions } from "./role-scope-fields";
import { useFormAction } from "@/lib/http/use-form-action";

export function InviteUserForm({ options }: { options: ScopeOptions }) {
  const [state, action, pending] = useFormAction<InviteState>(inviteUserAction, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-6">
      {state.ok && state.data ? (
        <div role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4 text-std-16N-170">
          <p className="text-std-16B-170">
            {m.invited}（{state.data.email}）
          </p>
          <p className="mt-2">{m.inviteLinkOnce}</p>
          <p className="mt-2 break-all">
            <code className="rounded-4 bg-white px-2 py-1">{state.data.acceptUrl}</code>
          </p>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      {/* Remounted after each answer: defaults are what was typed (or empty after a success). */}
      <form key={state.ok ? state.data?.acceptUrl : JSON.stringify(values)} action={action} className="max-w-[36em] space-y-6" noValidate>
        <TextField id="invite-email" name="email" type="email" autoComplete="off" label={um.field.email} required defaultValue={values.email} errors={errors.email} />
        <TextField id="invite-name" name="displayName" autoComplete="off" label={um.field.displayName} required defaultValue={values.displayName} errors={errors.displayName} />
        <RoleScopeFields idPrefix="invite" state={state} options={options} />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.inviteSubmit}
        </button>
      </form>
    </div>
  );
}
