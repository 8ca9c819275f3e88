// 先進事例集: the good-practice library. A GET form (keyword, prefecture, theme) over the 39 cases
// of the national compendium and those 本庁 added; the result list says how many it shows.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CaseList } from "@/components/good-practices/case-list";
import { LibrarySearchForm } from "@/components/good-practices/library-search-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { submitClass } from "@/components/users/form-fields";
import { getActor } from "@/lib/auth/current";
import { publicActor } from "@/lib/auth/actor";
import { goodPracticeMessages as m } from "@/lib/good-practices/messages";
import { listGoodPractices } from "@/lib/good-practices/queries";
import { GoodPracticeSearchSchema } from "@/lib/good-practices/schema";
import { mayEditGoodPractices } from "@/lib/good-practices/policy";

export const metadata: Metadata = { title: m.title };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const parsed = GoodPracticeSearchSchema.safeParse({ q: first(raw.q), prefecture: first(raw.prefecture), theme: first(raw.theme) });
  const search = parsed.success ? parsed.data : {};
  const [list, actor] = await Promise.all([listGoodPractices(publicActor, search), getActor()]);
  const mayAdd = await mayEditGoodPractices(actor);

  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      {mayAdd ? (
        <p className="mb-8">
          <Link href="/admin/library/new" className={submitClass}>
            {m.add}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="library-search" className="mb-12">
        <SectionHeading id="library-search">{m.searchHeading}</SectionHeading>
        <LibrarySearchForm search={search} list={list} />
      </section>
      <section aria-labelledby="library-results">
        <SectionHeading id="library-results">{m.resultsHeading}</SectionHeading>
        <p role="status" className="mb-6 text-std-16B-170">
          {m.count(list.cases.length, list.total)}
        </p>
        {list.cases.length === 0 ? <Notice title={m.none} /> : <CaseList cases={list.cases} labelledBy="library-results" />}
      </section>
    </>
  );
}
