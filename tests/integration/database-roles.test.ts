// The app connects as a role that owns nothing: it reads and writes rows, cannot change the
// schema, and cannot alter the audit trail; nobody can, through the trigger.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const app = new pg.Client({ connectionString: process.env.DATABASE_URL });
const owner = new pg.Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL });

beforeAll(async () => {
  await app.connect();
  await owner.connect();
});
afterAll(async () => {
  await app.end();
  await owner.end();
});

async function failsWith(client: pg.Client, sql: string) {
  try {
    await client.query(sql);
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return "succeeded";
}

describe("the app's database role", () => {
  it("is not a superuser and owns no table, sequence, type or function", async () => {
    const { rows } = await app.query(`SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await app.query(`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = current_user
      UNION ALL SELECT t.typname FROM pg_type t WHERE pg_get_userbyid(t.typowner) = current_user
      UNION ALL SELECT p.proname FROM pg_proc p WHERE pg_get_userbyid(p.proowner) = current_user`);
    expect(owned.rows).toEqual([]);
  });

  it("cannot ALTER, DROP, TRUNCATE or CREATE tables", async () => {
    expect(await failsWith(app, `ALTER TABLE prefecture ADD COLUMN x integer`)).toBe("42501");
    expect(await failsWith(app, `ALTER TABLE municipality DROP COLUMN name`)).toBe("42501");
    expect(await failsWith(app, `DROP TABLE home_care_region_member`)).toBe("42501");
    expect(await failsWith(app, `TRUNCATE municipality CASCADE`)).toBe("42501");
    expect(await failsWith(app, `CREATE TABLE intruder (id int)`)).toBe("42501");
    expect(await failsWith(app, `SELECT * FROM _prisma_migrations`)).toBe("42501");
  });

  it("reads and writes rows", async () => {
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM municipality`);
    expect(rows[0].n).toBe(189);
    await app.query(`UPDATE health_center SET version = version + 1 WHERE name = '岩内保健所'`);
  });

  it("may append to the audit trail but never change or delete it; the owner cannot either", async () => {
    await app.query(`INSERT INTO audit_entry (actor_label, action, entity_type, summary) VALUES ('test', 'test.append', 'test', '追記')`);
    expect(await failsWith(app, `UPDATE audit_entry SET summary = '改ざん'`)).toBe("42501");
    expect(await failsWith(app, `DELETE FROM audit_entry`)).toBe("42501");
    expect(await failsWith(owner, `UPDATE audit_entry SET summary = '改ざん'`)).toBe("42501");
    expect(await failsWith(owner, `DELETE FROM audit_entry`)).toBe("42501");
    expect(await failsWith(owner, `TRUNCATE audit_entry`)).toBe("42501");
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM audit_entry WHERE summary = '改ざん'`);
    expect(rows[0].n).toBe(0);
  });

  it("cannot store an attachment over the size limit or with a size that does not match", async () => {
    const pref = await app.query(`SELECT id FROM prefecture WHERE code = '01'`);
    const insert = (size: number, bytes: Buffer) =>
      app.query(
        `INSERT INTO attachment (id, prefecture_id, file_name, content_type, size_bytes, sha256, content)
         VALUES (gen_random_uuid(), $1, 'a.pdf', 'application/pdf', $2, repeat('a', 64), $3)`,
        [pref.rows[0].id, size, bytes],
      );
    await expect(insert(10, Buffer.alloc(5))).rejects.toMatchObject({ code: "23514" });
    await expect(insert(21 * 1024 * 1024, Buffer.alloc(21 * 1024 * 1024))).rejects.toMatchObject({ code: "23514" });
    await insert(4, Buffer.from("%PDF"));
  });
});
