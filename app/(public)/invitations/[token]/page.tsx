import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AcceptInvitationForm } from "@/components/users/accept-invitation-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { getInvitationByToken } from "@/lib/users/invitations";
import { userMessages as um } from "@/lib/users/messages";
import { formatDateTime, userPageMessages as m } from "@/lib/users/page-messages";

// The secret link must not leak to other sites through the Referer header, nor be indexed.
export const metadata: Metadata = { title: m.acceptTitle, referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invitation = await getInvitationByToken(token);
  if (!invitation) {
    return (
      <>
        <PageHeading title={m.acceptTitle} />
        <Notice tone="warning" title={m.acceptInvalidTitle}>
          <p>{um.invitationUnusable}</p>
          <p>
            <Link href="/login" className="text-blue-1000 underline">
              {m.goToLogin}
            </Link>
          </p>
        </Notice>
      </>
    );
  }
  return (
    <>
      <PageHeading title={m.acceptTitle} lead={m.acceptLead(invitation.prefectureName, um.roles[invitation.role])} />
      <p className="mb-6 text-std-16N-170">{m.expiresAt(formatDateTime(invitation.expiresAt))}</p>
      <AcceptInvitationForm token={token} email={invitation.email} displayName={invitation.displayName} />
    </>
  );
}
