"use client";
import Link from "next/link";

import { requestPasswordResetAction, resetPasswordAction } from "@/app/(public)/password-reset/actions";
import { FormMessage, submitClass, TextField } from "@/components/users/form-fields";
import { resetMessages as m } from "@/lib/auth/password-reset-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function RequestPasswordResetForm() {
  const [state, action, pending] = useFormAction<FormState>(requestPasswordResetAction, {});
  return (
    <form action={action} className="max-w-[36em] space-y-6" noValidate>
      <FormMessage state={state} success={m.requested} />
      <TextField id="email" name="email" type="email" autoComplete="username" label="メールアドレス" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <button type="submit" disabled={pending} className={submitClass}>
        {m.requestSubmit}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useFormAction<FormState>(resetPasswordAction.bind(null, token), {});
  const errors = state.fieldErrors ?? {};
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} success={m.resetDone} />
        <Link href="/login" className="text-blue-1000 underline">
          ログイン画面へ
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="max-w-[36em] space-y-6" noValidate>
      <FormMessage state={state} />
      <TextField id="password" name="password" type="password" autoComplete="new-password" label="新しいパスワード" hint="12文字以上128文字以内。記号などの組み合わせは不要です。よく使われるパスワードは使えません。" required errors={errors.password} />
      <TextField id="password-confirm" name="passwordConfirm" type="password" autoComplete="new-password" label="新しいパスワード（確認）" required errors={errors.passwordConfirm} />
      <button type="submit" disabled={pending} className={submitClass}>
        {m.resetSubmit}
      </button>
    </form>
  );
}
