"use client";
import { changePasswordAction } from "@/app/(portal)/account/actions";
import { FormMessage, submitClass, TextField } from "@/components/users/form-fields";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function ChangePasswordForm() {
  const [state, action, pending] = useFormAction<FormState>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-[36em] space-y-6" noValidate>
      <FormMessage state={state} success="パスワードを変更しました。他の端末でのログインは終了しました。" />
      <TextField id="current-password" name="currentPassword" type="password" autoComplete="current-password" label="現在のパスワード" required errors={errors.currentPassword} />
      <TextField id="new-password" name="newPassword" type="password" autoComplete="new-password" label="新しいパスワード" hint="12文字以上128文字以内。記号などの組み合わせは不要です。よく使われるパスワードは使えません。" required errors={errors.newPassword} />
      <TextField id="new-password-confirm" name="newPasswordConfirm" type="password" autoComplete="new-password" label="新しいパスワード（確認）" required errors={errors.newPasswordConfirm} />
      <button type="submit" disabled={pending} className={submitClass}>
        パスワードを変更する
      </button>
    </form>
  );
}
