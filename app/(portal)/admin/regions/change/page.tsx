// A change to the 在宅医療圏 definitions: step 1 (kind, region, effective date) as a GET form, then
// the editor with the region's members on that date, the preview and the save.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ChangeStartForm } from "@/components/regions/editor/change-start-form";
import { RegionChangeEditor } from "@/components/regions/editor/region-change-editor";
import type { ChangeKind } from "@/components/regions/editor/draft";
import { PageHeading } from "@/components/ui/page-heading";
import { ProvisionalBadge } from "@/components/ui/provisional-badge";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { isIsoDate, todayInJapan } from "@/lib/dates/date-only";
import { parseWarekiDate } from "@/lib/dates/wareki";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mapTileConfig } from "@/lib/geography/map-config";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import { listRegionsForEditor, type EditorView } from "@/lib/regions/editor-queries";

export const metadata: Metadata = { title: m.title };

const KINDS: ChangeKind[] = ["create", "rename", "split", "merge", "move", "official"];
const DATED: ChangeKind[] = ["create", "split", "merge", "move"];
type Search = { kind?: string; region?: string; effectiveOn?: string };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
const parseDate = (text: string) => (isIsoDate(text) ? text : parseWarekiDate(text));

export default async function RegionChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/regions/change");
  const sp = await searchParams;
  const q: Search = { kind: one(sp.kind), region: one(sp.region), effectiveOn: one(sp.effectiveOn) };
  const kind = KINDS.includes(q.kind as ChangeKind) ? (q.kind as ChangeKind) : null;
  const dated = kind ? DATED.includes(kind) : true;
  const effectiveOn = q.effectiveOn ? parseDate(q.effectiveOn) : null;
  const listOn = effectiveOn ?? todayInJapan();

  let view: EditorView;
  try {
    view = await listRegionsForEditor(actor, (await requirePortalPrefecture()).id, listOn);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const primary = view.regions.find((r) => r.code === q.region) ?? null;
  const errors = {
    effectiveOn: q.effectiveOn && !effectiveOn ? m.badDate : undefined,
    region: q.region && !primary ? m.regionUnknown : undefined,
  };
  const ready = kind && (!dated || effectiveOn) && (kind === "create" || primary) && !errors.effectiveOn && !errors.region;
  const title = m.changeTitle(kind ? m.kinds[kind] : m.changeGeneric);

  if (!ready) {
    return (
      <>
        <PageHeading title={title} lead={m.lead} />
        <ChangeStartForm regions={view.regions} kind={kind ?? ""} region={q.region ?? ""} effectiveOn={q.effectiveOn ?? ""} errors={errors} />
      </>
    );
  }
  const startAgain = `/admin/regions/change?${new URLSearchParams({ kind, region: q.region ?? "", effectiveOn: q.effectiveOn ?? "" })}`;
  return (
    <>
      <PageHeading
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-2">
            {primary ? `${title}（${primary.name}）` : title}
            {primary?.provisional ? <ProvisionalBadge /> : null}
          </span>
        }
        lead={m.lead}
      />
      <div className="mb-8 space-y-2">
        {dated && effectiveOn ? <p className="text-std-17B-170">{m.effectiveShown(effectiveOn)}</p> : null}
        {view.canSave ? null : <p>{m.readOnly}</p>}
        <p>
          <Link href={startAgain} className="text-blue-1000 underline">
            {m.changeStart}
          </Link>
        </p>
      </div>
      <RegionChangeEditor kind={kind} primary={primary} regions={view.regions} effectiveOn={effectiveOn ?? listOn} canSave={view.canSave} tiles={mapTileConfig()} />
    </>
  );
}
