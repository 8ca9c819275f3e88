"use client";
// Upload → preview (rows to create and update; every row error named by row and column) →
// confirm all at once. A file with any error has no confirm button.
import Link from "next/link";

import { commitOrganisationImportAction, previewOrganisationImportAction, type ImportState } from "@/app/(portal)/admin/organisations/import/actions";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { FormMessage, submitClass } from "@/components/users/form-fields";
import { organisationPageMessages as m } from "@/lib/organisations/page-messages";
import { useFormAction } from "@/lib/http/use-form-action";

export function ImportForm() {
  const [state, preview, reading] = useFormAction<ImportState>(previewOrganisationImportAction, {});
  const p = state.data?.preview;
  const fileErrors = state.fieldErrors?.file;
  return (
    <div className="space-y-8">
      <form action={preview} className="max-w-[36em] space-y-6" noValidate>
        <div>
          <label htmlFor="import-file" className="block text-std-16B-170">
            {m.fileLabel}
            <span className="ml-2 text-dns-14N-130 text-error-1">※必須</span>
          </label>
          <p id="import-file-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">
            {m.fileHint}
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileErrors?.length ? "import-file-hint import-file-error" : "import-file-hint"}
            aria-invalid={fileErrors?.length ? true : undefined}
            className="mt-2 block max-w-full text-std-16N-170"
          />
          {fileErrors?.length ? (
            <p id="import-file-error" className="mt-2 text-dns-16N-130 text-error-1">
              {fileErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={reading} className={submitClass}>
          {m.previewSubmit}
        </button>
      </form>
      {state.ok === false && !fileErrors?.length ? <FormMessage state={state} /> : null}
      {p ? (
        <section aria-labelledby="preview-heading" className="space-y-6">
          <h2 id="preview-heading" className="text-std-22B-150 text-solid-gray-900">
            {m.previewHeading(p.fileName)}
          </h2>
          <p className="text-std-16N-170">{p.errors.length ? m.previewCountsWithErrors(p.counts) : m.previewCounts(p.counts)}</p>
          {p.errors.length > 0 ? (
            <>
              <div role="alert">
                <Notice tone="error" title={m.errorsHeading(p.errors.length)}>
                  <p>{m.errorsLead}</p>
                </Notice>
              </div>
              <DataTable
                caption={m.errorsCaption}
                rows={p.errors}
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                columns={[
                  { key: "row", header: m.errCol.row, rowHeader: true, nowrap: true, cell: (e) => m.rowLabel(e.row) },
                  { key: "column", header: m.errCol.column, nowrap: true, cell: (e) => e.column },
                  { key: "message", header: m.errCol.message, cell: (e) => e.message },
                ]}
              />
            </>
          ) : null}
          {p.rows.length > 0 ? (
            <DataTable
              caption={m.rowsCaption}
              rows={p.rows}
              rowKey={(r) => String(r.row)}
              columns={[
                { key: "row", header: m.errCol.row, nowrap: true, cell: (r) => m.rowLabel(r.row) },
                { key: "name", header: m.col.name, rowHeader: true, cell: (r) => r.name },
                { key: "type", header: m.col.type, nowrap: true, cell: (r) => r.typeLabel },
                { key: "number", header: m.col.corporateNumber, nowrap: true, cell: (r) => r.corporateNumber ?? "—" },
                { key: "action", header: m.errCol.action, nowrap: true, cell: (r) => m.actionLabels[r.action] },
              ]}
            />
          ) : null}
          {p.errors.length === 0 ? <CommitForm key={`${p.fileName}-${p.fingerprint}-${state.data?.fileData?.length}`} fileName={state.data?.fileName ?? ""} fileData={state.data?.fileData ?? ""} fingerprint={p.fingerprint} /> : null}
        </section>
      ) : null}
    </div>
  );
}

function CommitForm({ fileName, fileData, fingerprint }: { fileName: string; fileData: string; fingerprint: string }) {
  const [done, commit, committing] = useFormAction<ImportState>(commitOrganisationImportAction, {});
  const committed = done.ok ? done.data?.committed : undefined;
  if (committed) {
    return (
      <div role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4 text-std-16N-170">
        <p>{m.committed(committed.created, committed.updated)}</p>
        <p className="mt-2">
          <Link href="/admin/organisations" className="text-blue-1000 underline">
            {m.searchAfterImport}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={commit} className="space-y-4">
      <input type="hidden" name="fileName" value={fileName} />
      <input type="hidden" name="fileData" value={fileData} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      <FormMessage state={done} />
      <button type="submit" disabled={committing} className={submitClass}>
        {m.commitSubmit}
      </button>
    </form>
  );
}
