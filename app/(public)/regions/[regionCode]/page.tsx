// One 在宅医療圏: key facts, its map, its members and its lineage, on today (or ?asOf=YYYY-MM-DD):
// the data read here (from the public-page cache), the page drawn by RegionPageView.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RegionPageView } from "@/components/regions/region-page-view";
import { readDateParam, todayInJapan } from "@/lib/dates/date-only";
import { facilityCsvHref } from "@/lib/facilities/search-params";
import { mapTileConfig } from "@/lib/geography/map-config";
import { regionDetailMessages as m, regionListMessages } from "@/lib/regions/page-messages";
import { loadRegionPage } from "./load";

interface Props {
  params: Promise<{ regionCode: string }>;
  searchParams: Promise<{ asOf?: string | string[]; date?: string | string[] }>;
}

async function readArgs({ params, searchParams }: Props) {
  const [{ regionCode }, query] = await Promise.all([params, searchParams]);
  const { date: asOf, invalid } = readDateParam(query.asOf ?? query.date); // ?date= is another name for ?asOf=
  return { code: regionCode, asOf, invalid };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await connection();
  const { code, asOf } = await readArgs(props);
  const page = await loadRegionPage(code, asOf);
  // The page itself answers 404; throwing here would leave the 404 page to client rendering.
  return { title: page ? `${page.region.name}（${regionListMessages.title}）` : m.notFoundTitle };
}

export default async function RegionPage(props: Props) {
  await connection();
  const { code, asOf, invalid } = await readArgs(props);
  const page = await loadRegionPage(code, asOf);
  if (!page) notFound();
  const csvQuery = new URLSearchParams({ region: page.region.code, ...(page.mapAsOf ? { asOf: page.mapAsOf } : {}) }).toString();
  return <RegionPageView page={page} asOf={asOf} invalidAsOf={invalid} today={todayInJapan()} tiles={mapTileConfig()} csvHref={facilityCsvHref(csvQuery)} />;
}
