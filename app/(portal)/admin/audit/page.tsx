// 監査ログ: the prefecture's audit trail for 本庁管理者 and 本庁担当, filtered by a GET form,
// 50 entries a page (newest first), with the same filter as a CSV download.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { auditMessages as m } from "@/lib/audit/messages";
import { listAuditEntityTypes, listAuditEntries, type AuditEntryView } from "@/lib/audit/queries";
import { AUDIT_FILTER_KEYS, AuditListQuerySchema, type AuditFilter } from "@/lib/audit/schema";
import { getActor } from "@/lib/auth/current";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { WarekiEcho } from "@/components/ui/wareki-echo";
import { warekiEchoId } from "@/lib/dates/date-input";

export const metadata: Metadata = { title: m.title };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** "?from=…&action=…" of the filter (plus `extra`), only the conditions that are set. */
function queryString(filter: Partial<AuditFilter>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (filter[key]) params.set(key, filter[key]!);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

const columns: Column<AuditEntryView>[] = [
  { key: "occurredAt", header: m.columns.occurredAt, cell: (e) => <time dateTime={e.occurredAt}>{e.occurredAtJst}</time>, nowrap: true },
  { key: "actor", header: m.columns.actor, cell: (e) => e.actorLabel },
  { key: "action", header: m.columns.action, cell: (e) => <code>{e.action}</code>, nowrap: true },
  { key: "entity", header: m.columns.entity, cell: (e) => (e.entityId ? `${e.entityType}: ${e.entityId}` : e.entityType) },
  { key: "summary", header: m.columns.summary, cell: (e) => e.summary ?? "" },
  { key: "ipAddress", header: m.columns.ipAddress, cell: (e) => e.ipAddress ?? "", nowrap: true },
];

const inputClass = "mt-2 w-full rounded-8 border border-solid-gray-600 px-4 py-3 text-std-16N-170";

function Field(props: { name: keyof AuditFilter; label: string; type?: "text" | "date"; value?: string; hint?: string; error?: string; list?: string }) {
  const date = props.type === "date";
  const describedBy = [props.hint ? `${props.name}-hint` : "", props.error ? `${props.name}-error` : "", date ? warekiEchoId(props.name) : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={props.name} className="block text-std-16B-170">
        {props.label}
      </label>
      {props.hint ? <p id={`${props.name}-hint`} className="text-dns-14N-130 text-solid-gray-700">{props.hint}</p> : null}
      {props.error ? <p id={`${props.name}-error`} className="text-dns-16B-130 text-red-1000">{props.error}</p> : null}
      <input id={props.name} name={props.name} type={props.type ?? "text"} defaultValue={props.value ?? ""} aria-invalid={props.error ? true : undefined} aria-describedby={describedBy} className={inputClass} />
      {date ? <WarekiEcho inputId={props.name} initial={props.value} /> : null}
    </div>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const actor = await getActor();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, first(v)]));
  const parsed = AuditListQuerySchema.safeParse(raw);
  const { page, ...filter } = parsed.success ? parsed.data : { page: 1 };
  const errors: Partial<Record<string, string>> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
  let result;
  try {
    result = await listAuditEntries(actor, filter, page);
  } catch (err) {
    if (err instanceof UnauthenticatedError) redirect(`/login?next=${encodeURIComponent(`/admin/audit${queryString(raw as AuditFilter)}`)}`);
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  const entityTypes = await listAuditEntityTypes(actor);
  const shown = parsed.success ? filter : (raw as Partial<AuditFilter>);
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <form method="get" action="/admin/audit" aria-labelledby="audit-filter-heading" className="mb-8 space-y-6 rounded-8 border border-solid-gray-420 p-4 sm:p-6">
        <h2 id="audit-filter-heading" className="text-std-20B-150">
          {m.filterHeading}
        </h2>
        {!parsed.success ? (
          <div role="alert">
            <Notice tone="error" title={m.invalid} />
          </div>
        ) : null}
        <div className="grid gap-6 sm:grid-cols-2">
          <Field name="from" type="date" label={m.from} value={shown.from} hint={m.periodHint} error={errors.from} />
          <Field name="to" type="date" label={m.to} value={shown.to} error={errors.to} />
          <Field name="action" label={m.action} value={shown.action} hint={m.actionHint} error={errors.action} />
          <Field name="actor" label={m.actor} value={shown.actor} hint={m.actorHint} error={errors.actor} />
          <div>
            <label htmlFor="entityType" className="block text-std-16B-170">
              {m.entityType}
            </label>
            <select id="entityType" name="entityType" defaultValue={shown.entityType ?? ""} className={inputClass}>
              <option value="">{m.entityTypeAll}</option>
              {entityTypes.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <Field name="entityId" label={m.entityId} value={shown.entityId} error={errors.entityId} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="inline-flex min-h-12 items-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 hover:underline">
            {m.submit}
          </button>
          <Link href="/admin/audit" className="text-std-16N-170">
            {m.clear}
          </Link>
        </div>
      </form>
      <div className="mb-6">
        {/* A file download from a route handler, not a page: a plain link. */}
        <a href={`/admin/audit/export${queryString(filter)}`} aria-describedby="audit-download-hint" className="text-std-16B-170">
          {m.download}
        </a>
        <p id="audit-download-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">
          {m.downloadHint}
        </p>
      </div>
      {result.entries.length === 0 ? (
        <p className="text-std-16N-170">{m.empty}</p>
      ) : (
        <DataTable caption={m.tableCaption(result.total)} columns={columns} rows={result.entries} rowKey={(e) => e.id} />
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={m.pagination} className="mt-6 flex flex-wrap items-center gap-6 text-std-16N-170">
          {result.page > 1 ? <Link href={`/admin/audit${queryString(filter, { page: String(result.page - 1) })}`}>{m.previous}</Link> : null}
          <span aria-current="page">{m.pageOf(result.page, result.pageCount)}</span>
          {result.page < result.pageCount ? <Link href={`/admin/audit${queryString(filter, { page: String(result.page + 1) })}`}>{m.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
