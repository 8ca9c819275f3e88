// 決裁の設定: the steps a 交付決定 and a 確定 pass before they take effect (本庁管理者).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ApprovalRouteForm } from "@/components/reviews/approval-route-form";
import { PageHeading } from "@/components/ui/page-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError } from "@/lib/errors";
import { PURPOSE_LABELS } from "@/lib/reviews/labels";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import { getApprovalRoutes, listApproverCandidates } from "@/lib/reviews/routes";

export const metadata: Metadata = { title: m.settingsTitle };

export default async function ApprovalSettingsPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent("/admin/approval-settings")}`);
  let routes, candidates;
  try {
    candidates = await listApproverCandidates(actor);
    routes = await getApprovalRoutes(actor);
  } catch (err) {
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.settingsTitle} message={err.message} />;
    throw err;
  }
  return (
    <>
      <PageHeading title={m.settingsTitle} lead={m.settingsLead} />
      <div className="space-y-12">
        {routes.map((r) => (
          <ApprovalRouteForm key={r.purpose} purpose={r.purpose} heading={m.routeHeading(PURPOSE_LABELS[r.purpose])} steps={r.steps} version={r.version} isDefault={r.isDefault} candidates={candidates} />
        ))}
      </div>
    </>
  );
}
