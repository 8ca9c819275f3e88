// 本庁 adds a case to the good-practice library (e.g. Hokkaido's own results).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { CaseForm } from "@/components/good-practices/case-form";
import { PageHeading } from "@/components/ui/page-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { SPARE_BUDGET_ROWS } from "@/lib/good-practices/form-data";
import { goodPracticeMessages as m } from "@/lib/good-practices/messages";
import { mayEditGoodPractices } from "@/lib/good-practices/policy";

export const metadata: Metadata = { title: m.newTitle };

export default async function NewGoodPracticePage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent("/admin/library/new")}`);
  if (!(await mayEditGoodPractices(actor))) return <ForbiddenNotice title={m.newTitle} message={m.forbiddenEdit} />;
  return (
    <>
      <PageHeading title={m.newTitle} />
      <CaseForm initial={{ budgetRows: String(SPARE_BUDGET_ROWS + 1), subjectPrefectureCode: "" }} />
    </>
  );
}
