// One open dataset on the page: what it is, its licence and the credits it needs, its last update
// (和暦) and record count, the downloads, what it leaves out, and its columns (data dictionary).
import Link from "next/link";
import { COLUMN_TYPE_LABELS, type ColumnType } from "@/lib/open-data/columns";
import { openDataMessages as m } from "@/lib/open-data/messages";
import type { CatalogueEntry } from "@/lib/open-data/schema";
import { DataTable } from "@/components/ui/data-table";
import { DetailsList } from "@/components/ui/details-list";
import type { DownloadChoice as Choice } from "@/lib/open-data/types";
import { DownloadForm } from "./download-form";

type ColumnRow = CatalogueEntry["columns"][number];

export function DatasetSection({ dataset, choices }: { dataset: CatalogueEntry; choices: Choice[] }) {
  const headingId = `dataset-${dataset.key}`;
  return (
    <section aria-labelledby={headingId} className="mb-12 rounded-8 border border-solid-gray-420 p-4 sm:p-6" data-dataset={dataset.key}>
      <h2 id={headingId} className="mb-3 text-std-22B-150 text-solid-gray-900">
        {dataset.title}
      </h2>
      <p className="mb-4 text-std-16N-170">{dataset.description}</p>
      <DetailsList
        rows={[
          [m.facts.updatedOn, dataset.updatedOnWareki ?? m.noUpdate],
          [m.facts.recordCount, m.recordCount(dataset.recordCount)],
          [m.facts.rowMeaning, dataset.rowMeaning],
          [m.facts.licence, dataset.licence],
          [
            m.facts.attribution,
            <ul key="a" className="list-disc pl-5">
              {dataset.attributions.map((a) => (
                <li key={a.text}>
                  {a.text}
                  {a.licence ? `（${a.licence}）` : ""}
                </li>
              ))}
            </ul>,
          ],
        ]}
      />
      <div className="my-6 flex flex-wrap gap-4">
        <Link href={dataset.csvUrl} prefetch={false} download className="text-std-16B-170">
          {m.downloadCsv}
          <span className="sr-only">{m.ofDataset(dataset.title)}</span>
        </Link>
        <Link href={dataset.jsonUrl} prefetch={false} download={`${dataset.key}.json`} className="text-std-16B-170">
          {m.downloadJson}
          <span className="sr-only">{m.ofDataset(dataset.title)}</span>
        </Link>
      </div>
      {choices.length > 0 ? (
        <div className="mb-6">
          <h3 className="mb-2 text-std-18B-160">{m.conditions}</h3>
          <DownloadForm datasetKey={dataset.key} title={dataset.title} action={dataset.jsonUrl} choices={choices} />
        </div>
      ) : null}
      {dataset.notes.length > 0 ? (
        <div className="mb-6">
          <h3 className="mb-2 text-std-18B-160">{m.notesHeading}</h3>
          <ul className="list-disc pl-5 text-std-16N-170">
            {dataset.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <details>
        <summary className="cursor-pointer text-std-16B-170">{m.dictionarySummary(dataset.columns.length)}</summary>
        <div className="mt-4">
          <DataTable<ColumnRow>
            caption={m.dictionaryCaption(dataset.title)}
            rows={dataset.columns}
            rowKey={(c) => c.key}
            columns={[
              { key: "label", header: m.dictionary.label, cell: (c) => c.label, rowHeader: true },
              { key: "key", header: m.dictionary.key, cell: (c) => <code>{c.key}</code>, nowrap: true },
              { key: "type", header: m.dictionary.type, cell: (c) => `${COLUMN_TYPE_LABELS[c.type as ColumnType]}${c.nullable ? m.nullable : ""}` },
              { key: "description", header: m.dictionary.description, cell: (c) => c.description },
            ]}
          />
        </div>
      </details>
    </section>
  );
}
