// Reads of 在宅医療圏 and their members at a date. Region definitions are public.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { runJsonRead, type JsonRead } from "@/lib/db-json";
import { dateOnly, isoDate, todayInJapan } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { validOn } from "@/lib/validity";
import { regionDetailSql, type RegionDetailJson } from "./detail-sql";
import { regionMessages } from "./messages";

export interface RegionRef {
  code: string;
  name: string;
}

export interface HealthCenterRef {
  name: string;
  /** Demo data, shown as サンプル. */
  isSample: boolean;
}

export interface HomeCareRegionSummary {
  code: string;
  name: string;
  provisional: boolean;
  validFrom: string;
  validTo: string | null;
  secondary: RegionRef | null;
  tertiary: RegionRef | null;
  /** Members on the date: municipalities, or the wards of a 政令指定都市. */
  memberCount: number;
  memberCodes: string[];
  /** 令和2年国勢調査, summed over the members; null when none is known. */
  population2020: number | null;
  /** The lead 保健所 on the date (at most one; a list so a gap shows as empty). */
  leads: HealthCenterRef[];
}

const summarySelect = (date: Date) =>
  ({
    code: true,
    name: true,
    provisional: true,
    validFrom: true,
    validTo: true,
    secondaryRegion: { select: { code: true, name: true, tertiaryRegion: { select: { code: true, name: true } } } },
    members: {
      where: validOn(date),
      select: { municipality: { select: { code: true, population2020: true } } },
      orderBy: { municipality: { code: "asc" } },
    },
    leads: { where: validOn(date), select: { healthCenter: { select: { name: true, isSample: true } } } },
  }) as const;

type SummaryRow = {
  code: string;
  name: string;
  provisional: boolean;
  validFrom: Date;
  validTo: Date | null;
  secondaryRegion: { code: string; name: string; tertiaryRegion: { code: string; name: string } } | null;
  members: { municipality: { code: string; population2020: number | null } }[];
  leads: { healthCenter: { name: string; isSample: boolean } }[];
};

function toSummary(r: SummaryRow): HomeCareRegionSummary {
  const populations = r.members.map((m) => m.municipality.population2020).filter((p): p is number => p !== null);
  return {
    code: r.code,
    name: r.name,
    provisional: r.provisional,
    validFrom: isoDate(r.validFrom),
    validTo: r.validTo ? isoDate(r.validTo) : null,
    secondary: r.secondaryRegion ? { code: r.secondaryRegion.code, name: r.secondaryRegion.name } : null,
    tertiary: r.secondaryRegion ? { ...r.secondaryRegion.tertiaryRegion } : null,
    memberCount: r.members.length,
    memberCodes: r.members.map((m) => m.municipality.code),
    population2020: populations.length > 0 ? populations.reduce((a, b) => a + b, 0) : null,
    leads: r.leads.map((l) => ({ ...l.healthCenter })),
  };
}

/** The 在宅医療圏 valid on `asOf` (default: today in Japan), in the prefecture's order. */
export async function listHomeCareRegions(_actor: Actor, options: { asOf?: string } = {}): Promise<HomeCareRegionSummary[]> {
  const prefecture = await requirePortalPrefecture();
  const date = dateOnly(options.asOf ?? todayInJapan());
  const rows = await db().homeCareRegion.findMany({
    where: { prefectureId: prefecture.id, ...validOn(date) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: summarySelect(date),
  });
  return rows.map(toSummary);
}

export interface RegionMember {
  code: string;
  name: string;
  kind: "DESIGNATED_CITY" | "CITY" | "TOWN" | "VILLAGE" | "WARD";
  /** For a ward: its city. */
  city: RegionRef | null;
  population2020: number | null;
  population65Plus2020: number | null;
  /** 保健所 with jurisdiction on the date (a ward: its city's). */
  healthCenters: HealthCenterRef[];
}

export interface HomeCareRegionDetail extends HomeCareRegionSummary {
  /** The date the members and health centres are shown for. */
  shownOn: string;
  definitionSource: string | null;
  members: RegionMember[];
  predecessors: (RegionRef & { kind: string; effectiveOn: string })[];
  successors: (RegionRef & { kind: string; effectiveOn: string })[];
}

/**
 * One 在宅医療圏 with its members and health centres on `asOf` (default today). A region that
 * has ended is shown as it was on its last day; one not yet started, as on its first.
 */
export async function getHomeCareRegion(_actor: Actor, code: string, options: { asOf?: string } = {}): Promise<HomeCareRegionDetail> {
  const prefecture = await requirePortalPrefecture();
  return runJsonRead(homeCareRegionRead(prefecture.id, code, options.asOf));
}

/** getHomeCareRegion as one read (for reads combined in one statement, lib/db-json.ts). */
export function homeCareRegionRead(prefectureId: number, code: string, asOfOption: string | undefined): JsonRead<HomeCareRegionDetail> {
  const asOf = asOfOption ?? todayInJapan();
  dateOnly(asOf); // RangeError for what is not a calendar date
  return {
    sql: regionDetailSql(prefectureId, code, asOf),
    read: (json) => {
      const r = json as RegionDetailJson | undefined;
      if (!r) throw new NotFoundError(regionMessages.notFound(code));
      const populations = r.members.map((m) => m.population2020).filter((p): p is number => p !== null);
      return {
        code: r.code,
        name: r.name,
        provisional: r.provisional,
        validFrom: r.validFrom,
        validTo: r.validTo,
        secondary: r.secondary ? { code: r.secondary.code, name: r.secondary.name } : null,
        tertiary: r.secondary ? r.secondary.tertiary : null,
        memberCount: r.members.length,
        memberCodes: r.members.map((m) => m.code),
        population2020: populations.length > 0 ? populations.reduce((a, b) => a + b, 0) : null,
        leads: r.leads,
        shownOn: r.shownOn,
        definitionSource: r.definitionSource,
        members: r.members,
        predecessors: r.predecessors,
        successors: r.successors,
      };
    },
  };
}

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
    select: summarySelect(dateOnly(date)),
  });
  return regions.map((r) => {
    const s = toSummary(r);
    return { code: s.code, name: s.name, provisional: s.provisional, validFrom: s.validFrom, validTo: s.validTo, memberCodes: s.memberCodes };
  });
}

/** The 在宅医療圏 a municipality or ward belongs to on `date`, or null. */
export async function findRegionOfMemberOn(_actor: Actor, municipalityCode: string, date: string): Promise<RegionRef | null> {
  const rows = await db().homeCareRegionMember.findMany({
    where: { municipality: { code: municipalityCode }, ...validOn(date) },
    select: { region: { select: { code: true, name: true } } },
  });
  if (rows.length > 1) throw new Error(`invariant broken: ${municipalityCode} is in ${rows.length} regions on ${date}`);
  return rows[0]?.region ?? null;
}
