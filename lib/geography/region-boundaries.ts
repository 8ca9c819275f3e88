// A 在宅医療圏 keeps its code when members move in or out (ADR 0018), so its stored boundary is
// that of its latest members. For a date when it had other members, the map redraws the boundary
// from the members of that date.
import "server-only";
import { db } from "@/lib/db";
import { unionBoundaries, type Geometry } from "@/lib/regions/boundary";

interface Period {
  validFrom: Date;
  validTo: Date | null;
}

/** Some member row does not span the region's whole period: members moved in or out. */
export function membersChangedWithin(region: Period, members: Period[]): boolean {
  return members.some((x) => x.validFrom > region.validFrom || (x.validTo !== null && (region.validTo === null || x.validTo < region.validTo)));
}

/** Boundaries drawn from the members of `date`, by region code. */
export async function boundariesOnDate(regions: { code: string; members: { municipality: { id: number } }[] }[]): Promise<Map<string, Geometry | null>> {
  const out = new Map<string, Geometry | null>();
  if (regions.length === 0) return out;
  const ids = regions.flatMap((r) => r.members.map((x) => x.municipality.id));
  const rows = await db().municipality.findMany({ where: { id: { in: ids } }, select: { id: true, boundary: true } });
  const byId = new Map(rows.map((x) => [x.id, x.boundary as Geometry | null]));
  for (const r of regions) out.set(r.code, unionBoundaries(r.members.map((x) => byId.get(x.municipality.id))));
  return out;
}
