"use client";
import Link from "next/link";
import { type ReactNode } from "react";
import { confirmEnrolmentAction, type SignInState } from "@/app/(public)/login/actions";
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";
import { CodeField } from "./code-field";
import { alertClass, primaryButtonClass } from "./code-form";
import { RecoveryCodes } from "./recovery-codes";
import { useFormAction } from "@/lib/http/use-form-action";

/**
 * Always rendered at the same place by the page, so the recovery codes survive the page's refresh
 * after the action set the session cookie (the pending sign-in is gone by then: `panel` is null).
 */
export function EnrolAtSignInForm({ next, panel }: { next: string; panel: ReactNode | null }) {
  const [state, action, pending] = useFormAction<SignInState>(confirmEnrolmentAction, {});
  if (state.recoveryCodes) {
    return (
      <div className="space-y-6">
        <p role="status" className="text-std-16B-170">
          {mm.enrolled}
        </p>
        <RecoveryCodes codes={state.recoveryCodes} />
        {/* A new document: the portal's pages are loaded with their own policy (ADR 0015). */}
        <a href={state.next ?? next} className={primaryButtonClass}>
          {mm.continue}
        </a>
      </div>
    );
  }
  if (!panel) {
    return (
      <div className="space-y-4">
        <p className="text-std-16N-170">{mm.pendingExpired}</p>
        <Link href={`/login?next=${encodeURIComponent(next)}`} className="text-blue-1000 underline">
          {mm.backToLogin}
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-[40em] space-y-8">
    {panel}
    <form action={action} className="max-w-[32em] space-y-6" noValidate>
      {state.message && (
        <div role="alert" className={alertClass}>
          {state.message}
        </div>
      )}
      <input type="hidden" name="next" value={next} />
      <p className="text-std-16N-170">{mm.setupStep2}</p>
      <CodeField label="確認コード（6桁）" hint="認証アプリに表示されている6桁の数字を半角で入力してください。" />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {mm.setupSubmit}
      </button>
    </form>
    </div>
  );
}
