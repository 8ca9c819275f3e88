// Reads of 在宅医療圏 and their members at a date. Region definitions are public.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates/date-only";
import { validOn } from "@/lib/validity";

export interface RegionOnDate {
  code: string;
  name: string;
  provisional: boolean;
  validFrom: string;
  validTo: string | null;
  memberCodes: string[];
}

/** The 在宅医療圏 valid on `date` in a prefecture, each with its members on that date. */
export async function listRegionsOn(_actor: Actor, prefectureId: number, date: string): Promise<RegionOnDate[]> {
  const regions = await db().homeCareRegion.findMany({
    where: { prefectureId, ...validOn(date) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      code: true,
      name: true,
      provisional: true,
      validFrom: true,
      validTo: true,
      members: { where: validOn(date), select: { municipality: { select: { code: true } } }, orderBy: { municipality: { code: "asc" } } },
    },
  });
  return regions.map((r) => ({
    code: r.code,
    name: r.name,
    provisional: r.provisional,
    validFrom: isoDate(r.validFrom),
    validTo: r.validTo ? isoDate(r.validTo) : null,
    memberCodes: r.members.map((m) => m.municipality.code),
  }));
}

/** The 在宅医療圏 a municipality or ward belongs to on `date`, or null. */
export async function findRegionOfMemberOn(_actor: Actor, municipalityCode: string, date: string) {
  const rows = await db().homeCareRegionMember.findMany({
    where: { municipality: { code: municipalityCode }, ...validOn(date) },
    select: { region: { select: { code: true, name: true } } },
  });
  if (rows.length > 1) throw new Error(`invariant broken: ${municipalityCode} is in ${rows.length} regions on ${date}`);
  return rows[0]?.region ?? null;
}
