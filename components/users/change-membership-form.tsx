"use client";
import { changeMembershipAction } from "@/app/(portal)/admin/users/[userId]/actions";
import type { FormState } from "@/lib/users/form-state";
import { userPageMessages as m } from "@/lib/users/page-messages";
import { FormMessage, submitClass } from "./form-fields";
import { RoleScopeFields, type ScopeOptions } from "./role-scope-fields";
import { useFormAction } from "@/lib/http/use-form-action";

export function ChangeMembershipForm({ current, options }: { current: { userId: string; version: number; role: string; organisationId: number | null; healthCenterId: number | null }; options: ScopeOptions }) {
  const [state, action, pending] = useFormAction<FormState>(changeMembershipAction, {});
  const initial = {
    role: current.role,
    organisationId: current.organisationId ? String(current.organisationId) : "",
    healthCenterId: current.healthCenterId ? String(current.healthCenterId) : "",
  };
  return (
    <div className="max-w-[36em] space-y-6">
      <FormMessage state={state} success={m.membershipSaved} />
      {/* Remounted after each answer, so the fields show what was typed (or what was saved). */}
      <form key={JSON.stringify([state.values, current])} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="userId" value={current.userId} />
      {/* The version the page was read at: a change by someone else in between is a conflict. */}
      <input type="hidden" name="expectedVersion" value={current.version} />
      <RoleScopeFields idPrefix="membership" state={state.ok ? {} : state} options={options} initial={initial} />
      <button type="submit" disabled={pending} className={submitClass}>
        {m.membershipSubmit}
      </button>
      </form>
    </div>
  );
}
