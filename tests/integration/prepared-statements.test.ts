// The app's Prisma client prepares each distinct SQL text by name once per connection, so that
// PostgreSQL can reuse its plan (ADR 0036); DATABASE_PREPARED_STATEMENTS=false turns that off.
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, preparedStatementsEnabled, statementNamer } from "@/lib/db-client";

const saved = { pool: process.env.DATABASE_POOL_SIZE, prepared: process.env.DATABASE_PREPARED_STATEMENTS };
afterEach(() => {
  for (const [key, value] of [["DATABASE_POOL_SIZE", saved.pool], ["DATABASE_PREPARED_STATEMENTS", saved.prepared]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** A client on one connection, so pg_prepared_statements shows what its earlier queries left. */
function oneConnectionClient(prepared: string | undefined) {
  process.env.DATABASE_POOL_SIZE = "1";
  if (prepared === undefined) delete process.env.DATABASE_PREPARED_STATEMENTS;
  else process.env.DATABASE_PREPARED_STATEMENTS = prepared;
  return createPrismaClient(process.env.DATABASE_URL!);
}

const prepared = (db: ReturnType<typeof createPrismaClient>) =>
  db.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements ORDER BY name`;

describe("named statements", () => {
  it("prepares each query once per connection and answers as before", async () => {
    const db = oneConnectionClient(undefined);
    try {
      const first = await db.prefecture.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
      const again = await db.prefecture.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
      expect(again).toEqual(first);
      expect(first.map((p) => p.code)).toContain("01");
      const code = "01";
      const raw = await db.$queryRaw<{ name: string }[]>`SELECT name FROM prefecture WHERE code = ${code}`;
      expect(raw).toEqual([{ name: first.find((p) => p.code === "01")!.name }]);
      const statements = await prepared(db);
      const names = statements.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.every((n) => /^portal_\d+$/.test(n))).toBe(true);
      // The findMany ran twice but was prepared once; the raw query has its own name.
      expect(statements.filter((s) => /FROM "public"\."prefecture"/.test(s.statement) && /ORDER BY/.test(s.statement))).toHaveLength(1);
      expect(statements.some((s) => s.statement.includes("SELECT name FROM prefecture WHERE code = $1"))).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("prepares nothing by name when DATABASE_PREPARED_STATEMENTS=false", async () => {
    const db = oneConnectionClient("false");
    try {
      await db.prefecture.findMany({ select: { code: true } });
      expect(await prepared(db)).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });

  it("a statement that fails does not spoil the connection for the next", async () => {
    const db = oneConnectionClient(undefined);
    try {
      const bad = "x";
      await expect(db.$queryRaw`SELECT ${bad}::int AS n`).rejects.toThrow();
      const good = 7;
      expect(await db.$queryRaw`SELECT ${good}::int AS n`).toEqual([{ n: 7 }]);
      await expect(db.$queryRaw`SELECT ${bad}::int AS n`).rejects.toThrow();
      expect(await db.$queryRaw`SELECT ${good}::int AS n`).toEqual([{ n: 7 }]);
    } finally {
      await db.$disconnect();
    }
  });
});

describe("statementNamer", () => {
  it("names each text once and stops naming new texts past its bound", () => {
    const name = statementNamer(2);
    expect(name({ sql: "SELECT 1" })).toBe("portal_1");
    expect(name({ sql: "SELECT 2" })).toBe("portal_2");
    expect(name({ sql: "SELECT 1" })).toBe("portal_1");
    expect(name({ sql: "SELECT 3" })).toBeUndefined();
    expect(name({ sql: "SELECT 2" })).toBe("portal_2");
  });

  it("reads the switch", () => {
    for (const off of ["false", "0", "off", "no", " FALSE "]) expect(preparedStatementsEnabled(off)).toBe(false);
    for (const on of [undefined, "", "true", "1", "on"]) expect(preparedStatementsEnabled(on)).toBe(true);
  });
});
