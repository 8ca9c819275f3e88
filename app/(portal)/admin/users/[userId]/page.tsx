import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { TokenTable } from "@/components/api-tokens/token-table";
import { ActionButton } from "@/components/users/action-button";
import { ChangeMembershipForm } from "@/components/users/change-membership-form";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { DetailsList } from "@/components/ui/details-list";
import { SectionHeading } from "@/components/ui/section-heading";
import { apiTokenMessages } from "@/lib/api-tokens/messages";
import { listUserApiTokens } from "@/lib/api-tokens/queries";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { userMessages as um } from "@/lib/users/messages";
import { formatDateTime, userPageMessages as m } from "@/lib/users/page-messages";
import { getUser, listScopeOptions, listUserSessions } from "@/lib/users/queries";
import { disableUserAction, enableUserAction, endUserSessionAction, resetUserMfaAction } from "./actions";

export const metadata: Metadata = { title: m.usersTitle };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  await connection();
  const { userId } = await params;
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(`/admin/users/${userId}`)}`);
  let data;
  try {
    data = await Promise.all([getUser(actor, userId), listUserSessions(actor, userId), listScopeOptions(actor), listUserApiTokens(actor, userId)]);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.usersTitle} message={err.message} />;
    throw err;
  }
  const [user, sessions, options, tokens] = data;
  const details: [string, string][] = [
    [um.field.email, user.email],
    [um.field.role, um.roles[user.role]],
    [m.col.scope, user.healthCenterName ?? user.organisationName ?? m.none],
    [m.col.status, user.disabledAt ? `${m.disabled}（${formatDateTime(user.disabledAt)}）` : m.active],
  ];
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users" className="text-std-16N-170 text-blue-1000 underline">
          {m.backToUsers}
        </Link>
      </p>
      <PageHeading title={user.displayName} />
      <section aria-labelledby="details-heading" className="mb-12">
        <SectionHeading id="details-heading">{m.detailsHeading}</SectionHeading>
        <DetailsList rows={details} />
      </section>
      {user.isSelf ? (
        <p className="mb-12 text-std-16N-170">{m.selfNote}</p>
      ) : (
        <>
          <section aria-labelledby="membership-heading" className="mb-12">
            <SectionHeading id="membership-heading">{m.membershipHeading}</SectionHeading>
            <p className="mb-6 text-std-16N-170">{m.membershipLead}</p>
            <ChangeMembershipForm current={{ userId: user.id, version: user.version, role: user.role, organisationId: user.organisationId, healthCenterId: user.healthCenterId }} options={options} />
          </section>
          <section aria-labelledby="mfa-heading" className="mb-12">
            <SectionHeading id="mfa-heading">{m.mfaHeading}</SectionHeading>
            <p className="mb-4 text-std-16N-170">{user.mfaEnabledAt ? m.mfaEnabled(formatDateTime(user.mfaEnabledAt)) : m.mfaNotEnabled}</p>
            {user.mfaEnabledAt ? (
              <>
                <p className="mb-4 text-std-16N-170">{m.mfaResetLead}</p>
                <ActionButton action={resetUserMfaAction} fields={{ userId: user.id }} label={m.mfaReset} success={m.done} />
              </>
            ) : null}
          </section>
          <section aria-labelledby="status-heading" className="mb-12">
            <SectionHeading id="status-heading">{m.statusHeading}</SectionHeading>
            <p className="mb-4 text-std-16N-170">{m.disableLead}</p>
            {user.disabledAt ? (
              <ActionButton action={enableUserAction} fields={{ userId: user.id }} label={m.enable} success={m.done} />
            ) : (
              <ActionButton action={disableUserAction} fields={{ userId: user.id }} label={m.disable} success={m.done} />
            )}
          </section>
        </>
      )}
      <section aria-labelledby="sessions-heading" className="mb-12">
        <SectionHeading id="sessions-heading">{m.sessionsHeading}</SectionHeading>
        <DataTable
          caption={m.sessionsCaption}
          rows={sessions}
          rowKey={(s) => s.id}
          columns={[
            { key: "created", header: m.col.created, rowHeader: true, nowrap: true, cell: (s) => <span id={`s-${s.id.slice(0, 12)}`}>{formatDateTime(s.createdAt)}</span> },
            { key: "seen", header: m.col.lastSeen, nowrap: true, cell: (s) => formatDateTime(s.lastSeenAt) },
            { key: "expires", header: m.col.expires, nowrap: true, cell: (s) => formatDateTime(s.expiresAt) },
            { key: "ip", header: m.col.ip, nowrap: true, cell: (s) => s.ipAddress ?? m.none },
            { key: "ua", header: m.col.userAgent, cell: (s) => <span className="break-all text-dns-14N-130">{s.userAgent ?? m.none}</span> },
            { key: "status", header: m.col.status, nowrap: true, cell: (s) => (s.open ? m.sessionOpen : m.sessionClosed(s.revokedReason)) },
            {
              key: "actions",
              header: m.col.actions,
              cell: (s) => (s.open ? <ActionButton action={endUserSessionAction} fields={{ sessionId: s.id }} label={m.endSession} describedBy={`s-${s.id.slice(0, 12)}`} /> : null),
            },
          ]}
        />
      </section>
      <section aria-labelledby="tokens-heading">
        <SectionHeading id="tokens-heading">{apiTokenMessages.adminHeading}</SectionHeading>
        <p className="mb-4 text-std-16N-170">{apiTokenMessages.adminLead}</p>
        <TokenTable tokens={tokens} />
      </section>
    </>
  );
}
