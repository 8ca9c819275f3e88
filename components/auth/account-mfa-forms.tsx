"use client";
// The account page's MFA forms. Each change asks for a step-up (password or a current code).
import { beginEnrolmentAction, confirmEnrolmentAction, disableMfaAction, regenerateCodesAction } from "@/app/(portal)/account/mfa-actions";
import { FormMessage, secondaryClass, submitClass, TextField } from "@/components/users/form-fields";
import type { FormState } from "@/lib/users/form-state";
import { CodeField } from "./code-field";
import { RecoveryCodes } from "./recovery-codes";
import { useFormAction } from "@/lib/http/use-form-action";

const STEP_UP = { label: "現在のパスワード、または認証アプリの確認コード", hint: "本人確認のため、現在のパスワードか確認コード（6桁）を入力してください。" };

function StepUpField({ id, errors }: { id: string; errors?: string[] }) {
  return <TextField id={id} name="stepUp" type="password" autoComplete="current-password" label={STEP_UP.label} hint={STEP_UP.hint} required errors={errors} />;
}

export function BeginEnrolmentForm({ label }: { label: string }) {
  const [state, action, pending] = useFormAction<FormState>(beginEnrolmentAction, {});
  return (
    <form action={action} className="max-w-[36em] space-y-4" noValidate>
      <FormMessage state={state} />
      <StepUpField id="begin-step-up" errors={state.fieldErrors?.stepUp} />
      <button type="submit" disabled={pending} className={submitClass}>
        {label}
      </button>
    </form>
  );
}

export function ConfirmEnrolmentForm() {
  const [state, action, pending] = useFormAction<FormState<string[]>>(confirmEnrolmentAction, {});
  if (state.ok && state.data) return <RecoveryCodes codes={state.data} headingLevel={3} />;
  return (
    <form action={action} className="max-w-[36em] space-y-4" noValidate>
      <FormMessage state={state} />
      <CodeField label="確認コード（6桁）" hint="認証アプリに表示されている6桁の数字を半角で入力してください。" />
      <button type="submit" disabled={pending} className={submitClass}>
        設定を完了する
      </button>
    </form>
  );
}

export function RegenerateCodesForm() {
  const [state, action, pending] = useFormAction<FormState<string[]>>(regenerateCodesAction, {});
  if (state.ok && state.data) return <RecoveryCodes codes={state.data} headingLevel={3} />;
  return (
    <form action={action} className="max-w-[36em] space-y-4" noValidate>
      <FormMessage state={state} />
      <StepUpField id="regenerate-step-up" errors={state.fieldErrors?.stepUp} />
      <button type="submit" disabled={pending} className={secondaryClass}>
        リカバリーコードを再発行する
      </button>
    </form>
  );
}

export function DisableMfaForm() {
  const [state, action, pending] = useFormAction<FormState>(disableMfaAction, {});
  return (
    <form action={action} className="max-w-[36em] space-y-4" noValidate>
      <FormMessage state={state} success="二段階認証を解除しました。" />
      <StepUpField id="disable-step-up" errors={state.fieldErrors?.stepUp} />
      <button type="submit" disabled={pending} className={secondaryClass}>
        二段階認証を解除する
      </button>
    </form>
  );
}
