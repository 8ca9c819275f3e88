// Database roles: migrations run as an owner role; the app connects as a role that owns nothing
// and is not a superuser, and gets its table privileges from the migrations (group role
// `portal_app`). With the embedded cluster both roles and the database are created here.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { withClient } from "./embedded-postgres";

export const OWNER_ROLE = "portal_owner";
/** Group role the migrations grant table privileges to; the embedded app logs in as it. */
export const APP_ROLE = "portal_app";

export interface RoleCredentials {
  ownerPassword: string;
  appPassword: string;
}

/** Credentials for the local roles, generated once and kept (0600) beside the cluster. */
export async function localCredentials(dataDir: string): Promise<RoleCredentials> {
  const file = path.join(dataDir, "credentials.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as RoleCredentials;
  const creds = {
    ownerPassword: randomBytes(18).toString("base64url"),
    appPassword: randomBytes(18).toString("base64url"),
  };
  await writeFile(file, JSON.stringify(creds, null, 2) + "\n", { mode: 0o600 });
  return creds;
}

/** A random secret generated once and kept (0600) in the data directory. */
export async function localSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** Creates (or updates the passwords of) the owner and app roles and the database. */
export async function ensureRolesAndDatabase(
  superuserUrl: (db?: string) => string,
  database: string,
  creds: RoleCredentials,
) {
  await withClient(superuserUrl("postgres"), async (c) => {
    await ensureRole(c, OWNER_ROLE, creds.ownerPassword, "LOGIN NOSUPERUSER CREATEDB NOCREATEROLE");
    await ensureRole(c, APP_ROLE, creds.appPassword, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT");
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) {
      await c.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(OWNER_ROLE)} ENCODING 'UTF8'`);
    }
    await c.query(`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`);
    await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${ident(APP_ROLE)}`);
  });
}

async function ensureRole(c: pg.Client, name: string, password: string, attrs: string) {
  const exists = await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name]);
  const verb = exists.rowCount === 0 ? "CREATE" : "ALTER";
  await c.query(`${verb} ROLE ${ident(name)} WITH ${attrs} PASSWORD ${literal(password)}`);
}

export function roleUrl(superuserUrl: string, role: string, password: string, database: string) {
  const url = new URL(superuserUrl);
  url.username = role;
  url.password = password;
  url.pathname = "/" + database;
  return url.toString();
}

export function ident(name: string) {
  return '"' + name.replace(/"/g, '""') + '"';
}

function literal(value: string) {
  return "'" + value.replace(/'/g, "''") + "'";
}
