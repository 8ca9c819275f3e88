// The hottest query of the region page — its 在支診・在支病 list (lib/facilities/list-sql.ts, run
// by searchFacilities) — through Prisma as the page runs it and through a `pg` pool; 8 concurrent
// callers for a few seconds, queries per second. Both sides use named (prepared) statements, as the
// app does (ADR 0036).
import pg from "pg";
import { createPrismaClient } from "../../lib/db-client";
import { dateOnly, todayInJapan } from "../../lib/dates/date-only";
import { facilityListSql } from "../../lib/facilities/list-sql";
import { median } from "./stats";

const SECONDS = 3;
const CONCURRENCY = 8;


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
  pool.on("error", () => {}); // an idle connection ended by the cluster stopping
  try {
    const { rows: [ref] } = await pool.query<{ snapshot_id: number; ids: number[] }>(
      `SELECT (SELECT s.id FROM facility_snapshot s JOIN prefecture p ON p.id = s.prefecture_id WHERE p.code = '01' ORDER BY s.as_of DESC LIMIT 1) AS snapshot_id,
              array(SELECT hm.municipality_id FROM home_care_region_member hm JOIN home_care_region r ON r.id = hm.region_id JOIN prefecture p ON p.id = r.prefecture_id
                    WHERE p.code = '01' AND r.code = $1 AND hm.valid_to IS NULL) AS ids`,
      [regionCode],
    );
    // The statement searchFacilities runs (lib/facilities/list-sql.ts), through Prisma and through pg.
    const sql = facilityListSql({ snapshotId: ref.snapshot_id, regionDate: dateOnly(todayInJapan()), municipalityIds: ref.ids });
    const viaPrisma = () => prisma.$queryRaw<unknown[]>(sql);
    // Both prepare the statement once per connection: the app names its statements (ADR 0036), so pg does too.
    const viaPg = () => pool.query({ name: "bench_facility_list", text: sql.text, values: sql.values as unknown[] });
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
