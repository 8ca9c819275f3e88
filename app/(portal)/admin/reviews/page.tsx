// 審査: the prefecture's submitted applications for 本庁, filtered by menu, 在宅医療圏, state and
// deadline (a GET form), sortable, with the same list as CSV.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ReviewQueueTable } from "@/components/reviews/review-queue-table";
import { DateField, SelectField } from "@/components/reviews/select-field";
import { PageHeading } from "@/components/ui/page-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError } from "@/lib/errors";
import { STATUS_LABELS } from "@/lib/reviews/labels";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import { listReviewQueue, type ReviewQueue } from "@/lib/reviews/queue";
import { QUEUE_PAGE_SIZE, QUEUE_SORTS } from "@/lib/reviews/queue-schema";
import { REVIEW_STATES } from "@/lib/reviews/schema";

export const metadata: Metadata = { title: m.queueTitle };

type SearchParams = Record<string, string | string[] | undefined>;

function captionOf(queue: ReviewQueue): string {
  if (queue.pageCount === 1) return m.queueCaption(queue.total);
  const from = (queue.page - 1) * QUEUE_PAGE_SIZE + 1;
  return m.pageCaption(queue.total, from, from + queue.pageRows.length - 1);
}

/** 前のページ／次のページ, keeping the filter (links, so they work without JavaScript). */
function QueuePages({ page, pageCount, params }: { page: number; pageCount: number; params: URLSearchParams }) {
  if (pageCount === 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(params);
    q.set("page", String(p));
    return `/admin/reviews?${q.toString()}`;
  };
  return (
    <nav aria-label={m.pagesLabel} className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-2 text-std-16N-170">
      {page > 1 ? <Link href={href(page - 1)}>{m.prevPage}</Link> : null}
      <span>{m.pageOf(page, pageCount)}</span>
      {page < pageCount ? <Link href={href(page + 1)}>{m.nextPage}</Link> : null}
    </nav>
  );
}


export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent("/admin/reviews")}`);
  const raw = await searchParams;
  let queue;
  try {
    queue = await listReviewQueue(actor, raw);
  } catch (err) {
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.queueTitle} message={err.message} />;
    throw err;
  }
  const f = queue.filter;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v && k !== "page") params.set(k, String(v));
  return (
    <>
      <PageHeading title={m.queueTitle} lead={m.queueLead} />
      <form method="get" action="/admin/reviews" aria-labelledby="review-filter-heading" className="mb-8 space-y-6 rounded-8 border border-solid-gray-420 p-4 sm:p-6">
        <h2 id="review-filter-heading" className="text-std-20B-150">
          {m.filterHeading}
        </h2>
        <div className="grid gap-6 sm:grid-cols-3">
          <SelectField name="menu" label={m.filter.menu} value={f.menu} allLabel={m.filter.all} options={queue.menus.map((x) => ({ value: x.code, label: x.name }))} />
          <SelectField name="region" label={m.filter.region} value={f.region} allLabel={m.filter.all} options={queue.regions.map((x) => ({ value: x.code, label: x.name }))} />
          <SelectField name="status" label={m.filter.status} value={f.status} allLabel={m.filter.all} options={REVIEW_STATES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
          <DateField name="deadlineBy" label={m.filter.deadlineBy} value={f.deadlineBy} />
          <SelectField name="sort" label={m.filter.sort} value={f.sort} options={QUEUE_SORTS.map((s) => ({ value: s, label: m.sorts[s] }))} />
          <SelectField name="order" label={m.filter.order} value={f.order} options={(["asc", "desc"] as const).map((s) => ({ value: s, label: m.orders[s] }))} />
        </div>
        <button type="submit" className="inline-flex min-h-12 items-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 hover:underline">
          {m.apply}
        </button>
      </form>
      <p className="mb-6">
        <a href={`/admin/reviews/export?${params.toString()}`} className="text-std-16B-170">
          {m.csv}
        </a>
      </p>
      {queue.total === 0 ? (
        <p className="text-std-16N-170">{m.empty}</p>
      ) : (
        <>
          <ReviewQueueTable caption={captionOf(queue)} rows={queue.pageRows} />
          <QueuePages page={queue.page} pageCount={queue.pageCount} params={params} />
        </>
      )}
    </>
  );
}
