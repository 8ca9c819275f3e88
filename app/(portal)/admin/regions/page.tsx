// 在宅医療圏の定義 (本庁): the regions valid on a date with their 暫定 label, and the changes one can
// start from each. 本庁担当 sees the same and may preview; saving is for 本庁管理者.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AsOfDateForm } from "@/components/regions/as-of-date-form";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { ProvisionalBadge } from "@/components/ui/provisional-badge";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { readDateParam, todayInJapan } from "@/lib/dates/date-only";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import { listRegionsForEditor, type EditorView } from "@/lib/regions/editor-queries";

export const metadata: Metadata = { title: m.title };

export default async function AdminRegionsPage({ searchParams }: { searchParams: Promise<{ asOf?: string | string[] }> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/regions");
  const { date, invalid } = readDateParam((await searchParams).asOf);
  const asOf = date ?? todayInJapan();
  let view: EditorView;
  try {
    const prefecture = await requirePortalPrefecture();
    view = await listRegionsForEditor(actor, prefecture.id, asOf);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      {view.canSave ? null : (
        <div className="mb-8">
          <Notice title={m.readOnly} />
        </div>
      )}
      <div className="mb-8">
        <AsOfDateForm action="/admin/regions" shownOn={asOf} invalid={invalid} />
      </div>
      <p className="mb-8">
        <Link href="/admin/regions/change?kind=create" className="text-blue-1000 underline">
          {m.newRegion}
        </Link>
      </p>
      <DataTable
        caption={m.listCaption(asOf, view.regions.length)}
        rows={view.regions}
        rowKey={(r) => r.code}
        columns={[
          { key: "code", header: m.col.code, nowrap: true, cell: (r) => r.code },
          {
            key: "name",
            header: m.col.name,
            rowHeader: true,
            nowrap: true,
            cell: (r) => (
              <Link href={`/admin/regions/${r.code}`} className="text-blue-1000 underline">
                {r.name}
              </Link>
            ),
          },
          { key: "secondary", header: m.col.secondary, nowrap: true, cell: (r) => r.secondaryName ?? "—" },
          { key: "members", header: m.col.members, align: "end", nowrap: true, cell: (r) => String(r.members.length) },
          { key: "status", header: m.col.status, nowrap: true, cell: (r) => (r.provisional ? <ProvisionalBadge /> : m.official) },
          { key: "period", header: m.col.period, nowrap: true, cell: (r) => `${m.from(r.validFrom)}${r.validTo ? `（${m.until(r.validTo)}）` : ""}` },
          {
            key: "actions",
            header: m.col.actions,
            cell: (r) => (
              <span className="flex flex-wrap gap-x-3">
                {(["split", "merge", "move"] as const).map((kind) => (
                  <Link key={kind} href={`/admin/regions/change?kind=${kind}&region=${r.code}`} className="text-blue-1000 underline">
                    {m.kinds[kind]}
                    <span className="sr-only">（{r.name}）</span>
                  </Link>
                ))}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
