// The list of a user's API tokens: name, prefix, created, expires, last used (和暦), status, and
// a revoke button on the live ones.
import { revokeApiTokenAction } from "@/app/(portal)/account/tokens/actions";
import { ActionButton } from "@/components/users/action-button";
import { DataTable } from "@/components/ui/data-table";
import { apiTokenMessages as m } from "@/lib/api-tokens/messages";
import type { ApiTokenRow } from "@/lib/api-tokens/queries";

export function TokenTable({ tokens, caption = m.caption }: { tokens: ApiTokenRow[]; caption?: string }) {
  if (tokens.length === 0) return <p className="text-std-16N-170">{m.none}</p>;
  return (
    <DataTable
      caption={caption}
      rows={tokens}
      rowKey={(t) => t.id}
      columns={[
        { key: "name", header: m.col.name, rowHeader: true, cell: (t) => <span id={`t-${t.id}`}>{t.name}</span> },
        { key: "prefix", header: m.col.prefix, nowrap: true, cell: (t) => <code>{t.prefix}…</code> },
        { key: "created", header: m.col.created, nowrap: true, cell: (t) => m.formatDateTime(t.createdAt) },
        { key: "expires", header: m.col.expires, nowrap: true, cell: (t) => m.formatDateTime(t.expiresAt) },
        { key: "lastUsed", header: m.col.lastUsed, nowrap: true, cell: (t) => m.formatDateTime(t.lastUsedAt) },
        { key: "status", header: m.col.status, nowrap: true, cell: (t) => (t.status === "revoked" && t.revokedAt ? `${m.status.revoked}（${m.formatDateTime(t.revokedAt)}）` : m.status[t.status]) },
        {
          key: "actions",
          header: m.col.actions,
          cell: (t) =>
            t.status === "active" ? <ActionButton action={revokeApiTokenAction} fields={{ tokenId: t.id }} label={m.revoke} success={m.revoked} describedBy={`t-${t.id}`} /> : null,
        },
      ]}
    />
  );
}
