// One 在宅医療圏 in the editor: its definition, membership timeline, lineage and audited changes,
// and the changes one can start from it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { DataTable } from "@/components/ui/data-table";
import { DetailsList } from "@/components/ui/details-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { ProvisionalBadge } from "@/components/ui/provisional-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { addDays } from "@/lib/dates/date-only";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import { getRegionHistory, type RegionHistory } from "@/lib/regions/editor-queries";
import { formatDateTime } from "@/lib/users/page-messages";

export const metadata: Metadata = { title: m.title };

type Props = { params: Promise<{ regionCode: string }>; searchParams: Promise<{ saved?: string }> };

export default async function AdminRegionPage({ params, searchParams }: Props) {
  await connection();
  const actor = await getActor();
  const { regionCode } = await params;
  if (actor.kind === "public") redirect(`/login?next=/admin/regions/${encodeURIComponent(regionCode)}`);
  const saved = (await searchParams).saved === "1";
  let r: RegionHistory;
  try {
    const prefecture = await requirePortalPrefecture();
    r = await getRegionHistory(actor, prefecture.id, regionCode);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const period = `${m.from(r.validFrom)}${r.validTo ? `（${m.until(addDays(r.validTo, -1))}）` : ""}`;
  const lineage = [
    ...r.predecessors.map((p) => ({ key: `p-${p.code}`, code: p.code, text: m.predecessor(p.name, m.successionKinds[p.kind], p.effectiveOn) })),
    ...r.successors.map((s) => ({ key: `s-${s.code}`, code: s.code, text: m.successor(s.name, m.successionKinds[s.kind], s.effectiveOn) })),
  ];
  const kinds = r.validTo ? [] : (["split", "merge", "move", "rename", "official"] as const);
  return (
    <>
      <PageHeading
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-2">
            {r.name}
            {r.provisional ? <ProvisionalBadge /> : null}
          </span>
        }
      />
      {saved ? (
        <div role="status" className="mb-8 rounded-8 border-2 border-green-900 bg-green-50 p-4 text-std-16N-170">
          {m.saved}
        </div>
      ) : null}
      <section aria-labelledby="facts" className="mb-10">
        <h2 id="facts" className="sr-only">
          {m.title}
        </h2>
        <DetailsList
          rows={[
            [m.col.code, r.code],
            [m.facts.kana, r.nameKana ?? "—"],
            [m.col.secondary, r.secondaryName ?? "—"],
            [m.facts.period, period],
            [m.facts.status, r.provisional ? <ProvisionalBadge key="p" /> : m.official],
            [m.facts.source, r.definitionSource ?? "—"],
            [m.facts.version, String(r.version)],
          ]}
        />
        <p className="mt-4">
          <Link href={`/regions/${r.code}`} className="text-blue-1000 underline">
            {m.publicPage}
          </Link>
        </p>
      </section>

      {kinds.length > 0 ? (
        <section aria-labelledby="actions" className="mb-10">
          <SectionHeading id="actions">{m.actionsHeading}</SectionHeading>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {kinds.map((kind) => (
              <li key={kind}>
                <Link href={`/admin/regions/change?kind=${kind}&region=${r.code}`} className="text-blue-1000 underline">
                  {m.kinds[kind]}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="lineage" className="mb-10">
        <SectionHeading id="lineage">{m.lineageHeading}</SectionHeading>
        {lineage.length === 0 ? (
          <p>{m.noLineage}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {lineage.map((l) => (
              <li key={l.key}>
                <Link href={`/admin/regions/${l.code}`} className="text-blue-1000 underline">
                  {l.text}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline" className="mb-10">
        <SectionHeading id="timeline">{m.timelineHeading}</SectionHeading>
        <DataTable
          caption={m.timelineCaption}
          rows={r.timeline}
          rowKey={(t) => `${t.code}-${t.validFrom}`}
          columns={[
            { key: "member", header: m.timelineCol.member, rowHeader: true, nowrap: true, cell: (t) => t.name },
            { key: "from", header: m.timelineCol.from, nowrap: true, cell: (t) => m.wareki(t.validFrom) },
            { key: "to", header: m.timelineCol.to, nowrap: true, cell: (t) => (t.validTo ? m.wareki(addDays(t.validTo, -1)) : m.openEnded) },
          ]}
        />
      </section>

      <section aria-labelledby="history">
        <SectionHeading id="history">{m.historyHeading}</SectionHeading>
        {r.changes.length === 0 ? (
          <Notice title={m.noHistory} />
        ) : (
          <DataTable
            caption={m.historyCaption}
            rows={r.changes}
            rowKey={(c) => c.id}
            columns={[
              { key: "at", header: m.historyCol.at, nowrap: true, cell: (c) => formatDateTime(c.occurredAt) },
              { key: "who", header: m.historyCol.who, nowrap: true, cell: (c) => c.actorLabel },
              { key: "summary", header: m.historyCol.summary, rowHeader: true, cell: (c) => c.summary ?? c.action },
            ]}
          />
        )}
      </section>
    </>
  );
}
