import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { getPasswordResetByToken } from "@/lib/auth/password-reset";
import { resetMessages as m } from "@/lib/auth/password-reset-messages";

// The secret link must not leak to other sites through the Referer header, nor be indexed.
export const metadata: Metadata = { title: m.resetTitle, referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function PasswordResetPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const reset = await getPasswordResetByToken(token);
  if (!reset) {
    return (
      <>
        <PageHeading title={m.resetTitle} />
        <Notice tone="warning" title="リンクを使えません">
          <p>{m.linkUnusable}</p>
          <p>
            <Link href="/password-reset" className="text-blue-1000 underline">
              {m.requestTitle}
            </Link>
          </p>
        </Notice>
      </>
    );
  }
  return (
    <>
      <PageHeading title={m.resetTitle} lead={m.resetLead(reset.email)} />
      <ResetPasswordForm token={token} />
    </>
  );
}
