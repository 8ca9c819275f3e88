// 本庁 edits a case of the good-practice library (every field, budgets, tags).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { CaseForm } from "@/components/good-practices/case-form";
import { PageHeading } from "@/components/ui/page-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { NotFoundError } from "@/lib/errors";
import { valuesOfCase } from "@/lib/good-practices/form-data";
import { goodPracticeMessages as m } from "@/lib/good-practices/messages";
import { getGoodPractice } from "@/lib/good-practices/queries";
import { mayEditGoodPractices } from "@/lib/good-practices/policy";

export const metadata: Metadata = { title: m.editPageTitle };

export default async function EditGoodPracticePage({ params }: { params: Promise<{ practiceId: string }> }) {
  await connection();
  const { practiceId } = await params;
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(`/admin/library/${practiceId}/edit`)}`);
  if (!(await mayEditGoodPractices(actor))) return <ForbiddenNotice title={m.editPageTitle} message={m.forbiddenEdit} />;
  if (!/^\d{1,9}$/.test(practiceId)) notFound();
  let c;
  try {
    c = await getGoodPractice(actor, Number(practiceId));
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <>
      <p className="mb-4">
        <Link href={`/library/${c.id}`} className="text-blue-1000 underline">
          {c.title}
        </Link>
      </p>
      <PageHeading title={m.editTitle(c.title)} />
      <CaseForm practiceId={c.id} initial={valuesOfCase(c)} />
    </>
  );
}
