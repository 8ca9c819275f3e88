// ロードマップ（進捗管理）, at /roadmap/manage (the public page holds /roadmap): planned vs actual per 年度, the regions one by one with candidates (internal),
// regions behind plan and what is left for R11; target editing for 本庁管理者, planned 年度 for 本庁.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PlanForm, TargetForm } from "@/components/designations/roadmap-forms";
import { RoadmapRegions, RoadmapYears } from "@/components/designations/roadmap-views";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { designationMessages } from "@/lib/designations/messages";
import { roadmapMessages as m } from "@/lib/designations/page-messages";
import { canEditPlans, canEditTargets, seesInternal } from "@/lib/designations/policy";
import { getRoadmap, listRegionCandidates } from "@/lib/designations/roadmap-queries";

export const metadata: Metadata = { title: m.internalTitle };

export default async function InternalRoadmapPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/roadmap/manage");
  if (actor.kind !== "user" || !seesInternal(actor)) return <ForbiddenNotice title={m.internalTitle} message={designationMessages.forbiddenChange} />;
  const [view, candidates] = await Promise.all([getRoadmap(actor), listRegionCandidates(actor)]);
  const years = view.fiscalYears.map((y) => ({ value: y.fiscalYear, label: y.label }));
  return (
    <>
      <PageHeading title={m.internalTitle} lead={m.internalLead} />
      <RoadmapYears view={view} />
      <RoadmapRegions view={view} candidates={candidates} />
      {canEditPlans(actor, actor.prefectureId) ? (
        <section aria-labelledby="plans-heading" className="mb-12">
          <SectionHeading id="plans-heading">{m.plansHeading}</SectionHeading>
          <PlanForm regions={view.regions} years={years} />
        </section>
      ) : null}
      {canEditTargets(actor, actor.prefectureId) ? (
        <section aria-labelledby="targets-heading" className="mb-12">
          <SectionHeading id="targets-heading">{m.targetsHeading}</SectionHeading>
          <p className="mb-4 max-w-[48em] text-std-16N-170">{m.targetsLead}</p>
          <div className="grid gap-4 md:grid-cols-2">
            {view.fiscalYears.map((y) => (
              <TargetForm key={y.fiscalYear} target={y.targetValue} label={y.label} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
