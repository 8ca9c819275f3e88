// One case of the library with every field as the source gives it, its theme tags, and its
// budget per 年度 (chart with the table beside it).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BudgetTrend } from "@/components/good-practices/budget-trend";
import { Badge } from "@/components/ui/badge";
import { DetailsList } from "@/components/ui/details-list";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { publicActor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { NotFoundError } from "@/lib/errors";
import { FIELD_LABELS, goodPracticeMessages as m } from "@/lib/good-practices/messages";
import { getGoodPractice, type GoodPracticeDetail } from "@/lib/good-practices/queries";
import { TEXT_FIELDS } from "@/lib/good-practices/schema";
import { mayEditGoodPractices } from "@/lib/good-practices/policy";

export const metadata: Metadata = { title: m.title };

async function load(practiceId: string): Promise<GoodPracticeDetail> {
  if (!/^\d{1,9}$/.test(practiceId)) notFound();
  try {
    return await getGoodPractice(publicActor, Number(practiceId));
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export default async function GoodPracticePage({ params }: { params: Promise<{ practiceId: string }> }) {
  await connection();
  const { practiceId } = await params;
  const [c, actor] = await Promise.all([load(practiceId), getActor()]);
  const mayEdit = await mayEditGoodPractices(actor);
  const details: [string, React.ReactNode][] = [
    [FIELD_LABELS.subjectPrefectureCode, c.prefectureName],
    ...(c.themeArea ? [[FIELD_LABELS.themeArea, c.themeArea] as [string, React.ReactNode]] : []),
    ...(c.theme ? [[FIELD_LABELS.theme, c.theme] as [string, React.ReactNode]] : []),
    ...(c.leader ? [[FIELD_LABELS.leader, c.leader] as [string, React.ReactNode]] : []),
    [m.source, c.fromSource ? m.sourceSeed : m.sourcePortal],
    [m.updatedAt, formatWarekiDate(new Date(c.updatedAt))],
  ];
  return (
    <>
      <p className="mb-4">
        <Link href="/library" className="text-blue-1000 underline">
          {m.back}
        </Link>
      </p>
      <PageHeading title={c.title} lead={m.caseLead(c.prefectureName)} />
      {mayEdit ? (
        <p className="mb-8">
          <Link href={`/admin/library/${c.id}/edit`} className="text-blue-1000 underline">
            {m.edit}
          </Link>
        </p>
      ) : null}
      <div className="mb-10 space-y-4">
        <DetailsList rows={details} />
        {c.tags.length ? (
          <ul className="flex flex-wrap gap-2" aria-label={FIELD_LABELS.tags}>
            {c.tags.map((t) => (
              <li key={t.key}>
                <Link href={`/library?theme=${t.key}`} className="underline">
                  <Badge>{t.label}</Badge>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {TEXT_FIELDS.map((field) => (
        <section key={field} aria-labelledby={`case-${field}`} className="mb-10 max-w-[48em]">
          <SectionHeading id={`case-${field}`}>{FIELD_LABELS[field]}</SectionHeading>
          <p className="whitespace-pre-line text-std-16N-170">{c[field] ?? m.notGiven}</p>
        </section>
      ))}
      <section aria-labelledby="case-budget" className="mb-10">
        <SectionHeading id="case-budget">{m.budgetHeading}</SectionHeading>
        <BudgetTrend title={c.title} budgets={c.budgets} note={c.budgetNote} />
      </section>
      <p className="text-dns-16N-130">
        <Link href="/sources" className="text-blue-1000 underline">
          {m.sourcesLink}
        </Link>
      </p>
    </>
  );
}
