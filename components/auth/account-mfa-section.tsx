// The 二段階認証 section of the account page (server component).
import type { EnrolmentView } from "@/lib/auth/mfa/enrolment";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { BeginEnrolmentForm, ConfirmEnrolmentForm, DisableMfaForm, RegenerateCodesForm } from "./account-mfa-forms";
import { EnrolmentPanel } from "./enrolment-panel";

interface Status {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  required: boolean;
}

export function AccountMfaSection({ status, enrolment }: { status: Status; enrolment: EnrolmentView | null }) {
  return (
    <div className="space-y-8">
      <p className="text-std-16N-170">
        {status.enabledAt
          ? `設定済みです（${formatWarekiDateTime(status.enabledAt)}）。未使用のリカバリーコード: ${status.recoveryCodesLeft}件。`
          : "設定されていません。ログインのときに、パスワードに加えて認証アプリの確認コードを使うと、より安全になります。"}
        {status.required ? " 本庁・保健所の利用者は二段階認証が必須です。" : ""}
      </p>
      {enrolment ? (
        <div className="max-w-[40em] space-y-6">
          <EnrolmentPanel view={enrolment} />
          <ConfirmEnrolmentForm />
        </div>
      ) : (
        <BeginEnrolmentForm label={status.enabledAt ? "認証アプリを再設定する" : "二段階認証を設定する"} />
      )}
      {status.enabledAt ? <RegenerateCodesForm /> : null}
      {status.enabledAt && !status.required ? <DisableMfaForm /> : null}
    </div>
  );
}
