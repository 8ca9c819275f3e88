"use client";
// Role with the organisation / health-centre selects that role needs (the others are hidden and
// not submitted). Keyboard-only: a native select, the dependent field appears right after it.
import { useState } from "react";
import type { FormState } from "@/lib/users/form-state";
import { userMessages as um } from "@/lib/users/messages";
import { userPageMessages as m } from "@/lib/users/page-messages";
import { ROLES } from "@/lib/users/schema";
import { SelectField } from "./form-fields";

export interface ScopeOptions {
  organisations: { id: number; name: string }[];
  healthCenters: { id: number; name: string }[];
}

export function RoleScopeFields({ idPrefix, state, options, initial }: { idPrefix: string; state: FormState<unknown>; options: ScopeOptions; initial?: Record<string, string> }) {
  const values = state.values ?? initial ?? {};
  const [role, setRole] = useState(values.role ?? "VIEWER");
  const errors = state.fieldErrors ?? {};
  const none = { value: "", label: m.selectNone };
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        name="role"
        label={um.field.role}
        required
        hint={m.roleHint}
        defaultValue={role}
        errors={errors.role}
        onChange={(e) => setRole(e.target.value)}
        options={ROLES.map((r) => ({ value: r, label: um.roles[r] }))}
      />
      {role === "HEALTH_CENTER" ? (
        <SelectField
          id={`${idPrefix}-health-center`}
          name="healthCenterId"
          label={um.field.healthCenterId}
          required
          defaultValue={values.healthCenterId ?? ""}
          errors={errors.healthCenterId}
          options={[none, ...options.healthCenters.map((h) => ({ value: String(h.id), label: h.name }))]}
        />
      ) : null}
      {role === "APPLICANT" || role === "VIEWER" ? (
        <SelectField
          id={`${idPrefix}-organisation`}
          name="organisationId"
          label={um.field.organisationId}
          required={role === "APPLICANT"}
          defaultValue={values.organisationId ?? ""}
          errors={errors.organisationId}
          options={[none, ...options.organisations.map((o) => ({ value: String(o.id), label: o.name }))]}
        />
      ) : null}
    </>
  );
}
