// データの出典とライセンス: every data source the portal credits, from the database.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { sourcesMessages as m } from "@/lib/geography/messages";
import { listDataSources } from "@/lib/geography/queries";

export const metadata: Metadata = { title: m.title };

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-t border-solid-gray-200 py-3 sm:grid-cols-[10em_1fr] sm:gap-4">
      <dt className="text-std-16B-170 text-solid-gray-900">{term}</dt>
      <dd className="text-std-16N-170">{children}</dd>
    </div>
  );
}

export default async function SourcesPage() {
  await connection();
  const sources = await listDataSources();

  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <div className="mb-10">
        <Notice title={m.boundaryTitle}>
          <p>{m.boundaryBody}</p>
        </Notice>
      </div>
      {sources.length === 0 ? (
        <Notice title={m.none} tone="warning" />
      ) : (
        <ol className="space-y-8">
          {sources.map((s) => (
            <li key={s.key}>
              <section className="rounded-8 border border-solid-gray-420 p-4 sm:p-6">
                <h2 className="mb-3 text-std-20B-150 text-solid-gray-900">
                  {s.title}
                </h2>
                <dl>
                  <Row term={m.publisher}>{s.publisher}</Row>
                  <Row term={m.attribution}>{s.attribution}</Row>
                  <Row term={m.licence}>{s.licence ?? m.noLicence}</Row>
                  {s.asOf ? <Row term={m.asOf}>{m.formatAsOf(s.asOf)}</Row> : null}
                  {s.url ? (
                    <Row term={m.url}>
                      <a href={s.url} className="break-all" rel="noopener noreferrer">
                        {s.url}
                      </a>
                    </Row>
                  ) : null}
                </dl>
              </section>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
