// 在宅医療の拠点づくりロードマップ (public, read-only): the plan's goal, planned vs actual per 年度,
// the regions with what is designated, and the designations themselves — designated institutions
// only; candidates and coordination notes stay internal.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DesignationTable } from "@/components/designations/designation-table";
import { RoadmapRegions, RoadmapYears } from "@/components/designations/roadmap-views";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { publicActor } from "@/lib/auth/actor";
import { roadmapMessages as m } from "@/lib/designations/page-messages";
import { listPublishedDesignations } from "@/lib/designations/queries";
import { getRoadmap } from "@/lib/designations/roadmap-queries";

export const metadata: Metadata = { title: m.publicTitle };

export default async function PublicRoadmapPage() {
  await connection();
  const [view, designations] = await Promise.all([getRoadmap(publicActor), listPublishedDesignations(publicActor)]);
  return (
    <>
      <PageHeading title={m.publicTitle} lead={m.publicLead} />
      <RoadmapYears view={view} />
      <RoadmapRegions view={view} />
      <section aria-labelledby="designated-heading" className="mb-12">
        <SectionHeading id="designated-heading">{m.designatedList}</SectionHeading>
        <DesignationTable caption={m.designatedCaption} rows={designations} />
      </section>
      <p className="text-std-16N-170">
        {m.apiNote}
        <Link href="/api/v1/roadmap" prefetch={false}>/api/v1/roadmap</Link>・<Link href="/api/v1/designations" prefetch={false}>/api/v1/designations</Link>
      </p>
    </>
  );
}
