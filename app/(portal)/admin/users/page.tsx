import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { ActionButton } from "@/components/users/action-button";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { userMessages as um } from "@/lib/users/messages";
import { formatDateTime, userPageMessages as m } from "@/lib/users/page-messages";
import { listInvitations, listScopeOptions, listUsers } from "@/lib/users/queries";
import { revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: m.usersTitle };

export default async function UsersPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/users");
  let data;
  try {
    data = await Promise.all([listUsers(actor), listInvitations(actor), listScopeOptions(actor)]);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.usersTitle} message={err.message} />;
    throw err;
  }
  const [users, invitations, options] = data;
  return (
    <>
      <PageHeading title={m.usersTitle} lead={m.usersLead} />
      <section aria-labelledby="users-heading" className="mb-12">
        <SectionHeading id="users-heading">{m.usersCaption}</SectionHeading>
        <DataTable
          caption={m.usersCaption}
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            {
              key: "name",
              header: m.col.name,
              rowHeader: true,
              cell: (u) => (
                <Link href={`/admin/users/${u.id}`} className="text-blue-1000 underline">
                  {u.displayName}
                </Link>
              ),
            },
            { key: "email", header: m.col.email, cell: (u) => <span className="break-all">{u.email}</span> },
            { key: "role", header: m.col.role, nowrap: true, cell: (u) => um.roles[u.role] },
            { key: "scope", header: m.col.scope, cell: (u) => u.healthCenterName ?? u.organisationName ?? m.none },
            { key: "status", header: m.col.status, nowrap: true, cell: (u) => (u.disabled ? <Badge tone="orange">{m.disabled}</Badge> : m.active) },
            { key: "last", header: m.col.lastSignIn, nowrap: true, cell: (u) => formatDateTime(u.lastSignInAt) },
            { key: "sessions", header: m.col.sessions, align: "end", nowrap: true, cell: (u) => m.sessionsCount(u.openSessions) },
          ]}
        />
      </section>
      <section aria-labelledby="invitations-heading" className="mb-12">
        <SectionHeading id="invitations-heading">{m.invitationsHeading}</SectionHeading>
        {invitations.length === 0 ? (
          <p className="text-std-16N-170">{m.noInvitations}</p>
        ) : (
          <DataTable
            caption={m.invitationsCaption}
            rows={invitations}
            rowKey={(i) => i.id}
            columns={[
              { key: "name", header: m.col.name, rowHeader: true, cell: (i) => <span id={`inv-${i.id}`}>{i.displayName}（{i.email}）</span> },
              { key: "role", header: m.col.role, nowrap: true, cell: (i) => um.roles[i.role] },
              { key: "by", header: m.col.invitedBy, cell: (i) => i.invitedBy },
              { key: "expires", header: m.col.expires, nowrap: true, cell: (i) => formatDateTime(i.expiresAt) },
              {
                key: "status",
                header: m.col.status,
                nowrap: true,
                cell: (i) => (i.revokedAt ? m.revoked : i.open ? m.pending : m.expired),
              },
              {
                key: "actions",
                header: m.col.actions,
                cell: (i) =>
                  i.open ? <ActionButton action={revokeInvitationAction} fields={{ invitationId: i.id }} label={m.revokeInvitation} describedBy={`inv-${i.id}`} /> : null,
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="invite-heading">
        <SectionHeading id="invite-heading">{m.inviteHeading}</SectionHeading>
        <p className="mb-6 max-w-[48em] text-std-16N-170">{m.inviteLead}</p>
        <InviteUserForm options={options} />
      </section>
    </>
  );
}
