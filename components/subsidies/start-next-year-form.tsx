"use client";
// 本庁管理者 starts the next 年度's catalogue as a copy of the shown one.
import { ActionButton } from "@/components/users/action-button";
import type { FormState } from "@/lib/users/form-state";

export function StartNextYearForm({ action, fromYear, label, success }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; fromYear: number; label: string; success: string }) {
  return <ActionButton action={action} fields={{ fromYear: String(fromYear) }} label={label} success={success} />;
}
