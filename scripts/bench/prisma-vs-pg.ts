// The hottest query of the region page — its 在支診・在支病 list (lib/facilities/queries.ts
// searchFacilities: snapshot entries of the region's members with facility, municipality and the
// municipality's current 在宅医療圏) — through Prisma as the page runs it, and as one SQL
// statement through `pg`; 8 concurrent callers for a few seconds, queries per second.
import pg from "pg";
import { createPrismaClient } from "../../lib/db-client";
import { dateOnly, todayInJapan } from "../../lib/dates/date-only";
import { validOn } from "../../lib/validity";
import { median } from "./stats";

const SECONDS = 3;
const CONCURRENCY = 8;

const RAW = `
SELECT e.kind, e.support_type, e.support_since, f.institution_number, f.name, f.postal_code, f.address, f.phone,
       m.code AS municipality_code, m.name AS municipality_name, r.code AS region_code, r.name AS region_name
FROM facility_snapshot_entry e
JOIN facility f ON f.id = e.facility_id
JOIN municipality m ON m.id = e.municipality_id
LEFT JOIN home_care_region_member hm ON hm.municipality_id = m.id AND hm.valid_from <= $3 AND (hm.valid_to IS NULL OR hm.valid_to > $3)
LEFT JOIN home_care_region r ON r.id = hm.region_id
WHERE e.snapshot_id = $1 AND e.municipality_id = ANY($2::int[])
ORDER BY m.code, f.name`;

async function throughput(call: () => Promise<unknown>): Promise<number> {
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await call();
        done++;
      }
    }),
  );
  return done / ((performance.now() - t0) / 1000);
}

export interface PrismaVsPg {
  prismaQps: number;
  pgQps: number;
  rows: number;
}

export async function prismaVsPg(appUrl: string, regionCode: string, runs: number): Promise<PrismaVsPg> {
  const prisma = createPrismaClient(appUrl);
  const pool = new pg.Pool({ connectionString: appUrl, max: CONCURRENCY });
  try {
    const { rows: [ref] } = await pool.query<{ snapshot_id: number; ids: number[] }>(
      `SELECT (SELECT s.id FROM facility_snapshot s JOIN prefecture p ON p.id = s.prefecture_id WHERE p.code = '01' ORDER BY s.as_of DESC LIMIT 1) AS snapshot_id,
              array(SELECT hm.municipality_id FROM home_care_region_member hm JOIN home_care_region r ON r.id = hm.region_id JOIN prefecture p ON p.id = r.prefecture_id
                    WHERE p.code = '01' AND r.code = $1 AND hm.valid_to IS NULL) AS ids`,
      [regionCode],
    );
    const date = dateOnly(todayInJapan());
    const viaPrisma = () =>
      prisma.facilitySnapshotEntry.findMany({
        where: { snapshotId: ref.snapshot_id, municipalityId: { in: ref.ids } },
        select: {
          kind: true,
          supportType: true,
          supportSince: true,
          facility: { select: { institutionNumber: true, name: true, postalCode: true, address: true, phone: true } },
          municipality: { select: { code: true, name: true, regionMembers: { where: validOn(date), select: { region: { select: { code: true, name: true } } } } } },
        },
        orderBy: [{ municipality: { code: "asc" } }, { facility: { name: "asc" } }],
      });
    const viaPg = () => pool.query(RAW, [ref.snapshot_id, ref.ids, date]);
    const [a, b] = [await viaPrisma(), await viaPg()];
    if (a.length !== b.rowCount) throw new Error(`Prisma read ${a.length} rows, pg ${b.rowCount}`);
    const prismaRuns: number[] = [];
    const pgRuns: number[] = [];
    await throughput(viaPrisma); // warm-up
    await throughput(viaPg);
    for (let i = 0; i < runs; i++) {
      prismaRuns.push(await throughput(viaPrisma));
      pgRuns.push(await throughput(viaPg));
    }
    return { prismaQps: median(prismaRuns), pgQps: median(pgRuns), rows: a.length };
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}
