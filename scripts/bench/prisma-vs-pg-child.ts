// Run by prisma-vs-pg.ts in a process of its own with the `react-server` export condition, so
// that it can import the page's reads (their modules are server-only): prints one JSON line.
// Arguments: <app database URL> <region code> <runs>.
import pg from "pg";
import { createPrismaClient } from "../../lib/db-client";
import { boundOnce, jsonRowsSql } from "../../lib/db-json-sql";
import { regionPageReads, regionPageSqls } from "../../lib/regions/page-read";
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

const [appUrl, regionCode, runsArg] = process.argv.slice(2);
const runs = Number(runsArg);
const prisma = createPrismaClient(appUrl);
const pool = new pg.Pool({ connectionString: appUrl, max: CONCURRENCY });
pool.on("error", () => {}); // an idle connection ended by the cluster stopping
try {
  const { rows: [ref] } = await pool.query<{ id: number }>("SELECT id FROM prefecture WHERE code = '01'");
  // The page's statement for today, exactly as readRegionPage builds it, through Prisma and through pg.
  const sqls = regionPageSqls(regionPageReads(ref.id, regionCode, null));
  type Row = Record<string, string | null>;
  // As queryJsonRows runs it (lib/db-json.ts): built each time, each distinct value bound once (ADR 0038).
  const viaPrisma = () => {
    const { text, values } = boundOnce(jsonRowsSql(sqls));
    return prisma.$queryRawUnsafe<Row[]>(text, ...values);
  };
  // Both prepare the statement once per connection: the app names its statements (ADR 0036), so pg does too.
  const viaPg = () => {
    const { text, values } = boundOnce(jsonRowsSql(sqls));
    return pool.query<Row>({ name: "bench_region_page", text, values });
  };
  const [a, b] = [await viaPrisma(), await viaPg()];
  const list = `r${sqls.length - 1}`;
  if (JSON.stringify(a[0]) !== JSON.stringify(b.rows[0]) || !a[0][list]) throw new Error("Prisma and pg read different answers (or no list)");
  const rows = (JSON.parse(a[0][list]!).rows as unknown[]).length;
  const prismaRuns: number[] = [];
  const pgRuns: number[] = [];
  await throughput(viaPrisma); // warm-up
  await throughput(viaPg);
  for (let i = 0; i < runs; i++) {
    prismaRuns.push(await throughput(viaPrisma));
    pgRuns.push(await throughput(viaPg));
  }
  console.log(JSON.stringify({ prismaQps: median(prismaRuns), pgQps: median(pgRuns), rows }));
} finally {
  await prisma.$disconnect();
  await pool.end();
}
