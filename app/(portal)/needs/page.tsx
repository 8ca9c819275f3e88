// 地域のニーズ (本庁: every region; 保健所: the regions in its scope): per 在宅医療圏, the gaps of the
// latest approved status report beside what the region's organisations applied for and received.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { NeedsOverviewTable } from "@/components/needs/needs-tables";
import { PageHeading } from "@/components/ui/page-heading";
import { getActor } from "@/lib/auth/current";
import { NotFoundError } from "@/lib/errors";
import { needsMessages as m } from "@/lib/needs/messages";
import { listRegionNeeds, type NeedsOverview } from "@/lib/needs/queries";

export const metadata: Metadata = { title: m.title };

export default async function NeedsPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent("/needs")}`);
  let overview: NeedsOverview;
  try {
    overview = await listRegionNeeds(actor);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      {overview.rows.length === 0 ? <p className="text-std-16N-170">{m.noRegions}</p> : <NeedsOverviewTable rows={overview.rows} total={overview.total} />}
    </>
  );
}
