// The hottest query of the region page — the statement that reads its 在支診・在支病 counts beside
// the prefecture's and its facility list (lib/regions/page-read.ts: facilityCountsRead and
// regionFacilityListRead combined by queryJsonRows), the page's largest database work — through
// Prisma as the app runs it and through a `pg` pool; 8 concurrent callers for a few seconds,
// queries per second. Both sides use named (prepared) statements, as the
// app does (ADR 0036).
import pg from "pg";
import { createPrismaClient } from "../../lib/db-client";
import { dateOnly, todayInJapan } from "../../lib/dates/date-only";
import { jsonRowsSql } from "../../lib/db-json-sql";
import { countsSql, regionFacilityListSql } from "../../lib/facilities/page-sql";
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
    const { rows: [ref] } = await pool.query<{ id: number }>("SELECT id FROM prefecture WHERE code = '01'");
    // The page's second statement for today (readRegionPage), through Prisma and through pg.
    const today = todayInJapan();
    const sql = jsonRowsSql([countsSql("homecare", ref.id, undefined, today), regionFacilityListSql(ref.id, undefined, { code: regionCode, date: today }, dateOnly(today))]);
    type Row = { r0: string | null; r1: string | null };
    const viaPrisma = () => prisma.$queryRaw<Row[]>(sql);
    // Both prepare the statement once per connection: the app names its statements (ADR 0036), so pg does too.
    const viaPg = () => pool.query<Row>({ name: "bench_region_facilities", text: sql.text, values: sql.values as unknown[] });
    const [a, b] = [await viaPrisma(), await viaPg()];
    if (a[0].r0 !== b.rows[0].r0 || a[0].r1 !== b.rows[0].r1 || a[0].r1 === null) throw new Error("Prisma and pg read different answers (or no list)");
    const rows = (JSON.parse(a[0].r1).rows as unknown[]).length;
    const prismaRuns: number[] = [];
    const pgRuns: number[] = [];
    await throughput(viaPrisma); // warm-up
    await throughput(viaPg);
    for (let i = 0; i < runs; i++) {
      prismaRuns.push(await throughput(viaPrisma));
      pgRuns.push(await throughput(viaPg));
    }
    return { prismaQps: median(prismaRuns), pgQps: median(pgRuns), rows };
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}
