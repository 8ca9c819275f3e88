"use client";
import { verifyCodeAction, type SignInState } from "@/app/(public)/login/actions";
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";
import { CodeField } from "./code-field";
import { useFormAction } from "@/lib/http/use-form-action";

export const alertClass = "rounded-8 border-2 border-error-1 bg-red-50 p-4 text-std-16N-170 text-red-1000";
export const primaryButtonClass =
  "inline-flex min-h-12 items-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 hover:underline disabled:bg-solid-gray-600";

export function CodeForm({ next }: { next: string }) {
  const [state, action, pending] = useFormAction<SignInState>(verifyCodeAction, {});
  return (
    <form action={action} className="max-w-[32em] space-y-6" noValidate>
      {state.message && (
        <div role="alert" className={alertClass}>
          {state.message}
        </div>
      )}
      <input type="hidden" name="next" value={next} />
      <CodeField />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {mm.codeSubmit}
      </button>
    </form>
  );
}
