// The PostgreSQL client programs the backups use (Debian: apt-get install postgresql-client).
// pg_dump must be at least the server's major version; a missing or older one stops with a plain
// message instead of writing a dump that may not restore.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PgTool {
  path: string;
  major: number;
  minor: number;
  version: string;
}

export class ToolProblem extends Error {}

/** Parses "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)". */
export function parsePgVersion(output: string): { major: number; minor: number; version: string } | null {
  const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), version: `${m[1]}.${m[2] ?? 0}` };
}

export async function findPgTool(name: "pg_dump" | "pg_restore"): Promise<PgTool> {
  const bin = process.env[`PORTAL_${name.toUpperCase()}`] || name;
  let stdout: string;
  try {
    ({ stdout } = await run(bin, ["--version"]));
  } catch {
    throw new ToolProblem(
      `${name} が見つかりません。PostgreSQLのクライアント（Debian: apt-get install postgresql-client）を導入してください。` +
        `\n${name} was not found. Install the PostgreSQL client tools (Debian: apt-get install postgresql-client).`,
    );
  }
  const parsed = parsePgVersion(stdout);
  if (!parsed) throw new ToolProblem(`${name} の版を判別できません: ${stdout.trim()}\nCannot tell the version of ${name}.`);
  return { path: bin, ...parsed };
}

/** Refuses a client older than the server (server_version_num, e.g. 150018). */
export function checkToolMatchesServer(tool: PgTool, name: string, serverVersionNum: number) {
  const serverMajor = Math.floor(serverVersionNum / 10_000);
  const serverMinor = serverVersionNum % 10_000;
  if (tool.major < serverMajor) {
    throw new ToolProblem(
      `${name} ${tool.version} はサーバー（PostgreSQL ${serverMajor}.${serverMinor}）より古いため使えません。${serverMajor}.x 以降の ${name} を導入してください。` +
        `\n${name} ${tool.version} is older than the server (PostgreSQL ${serverMajor}.${serverMinor}); install ${name} ${serverMajor}.x or later.`,
    );
  }
}

/** Splits a URL into a password-free URL and the password (kept out of the process list). */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: "10" } };
}
