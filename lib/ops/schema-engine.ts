// Prisma's own schema engine, in its WebAssembly build, driven through @prisma/adapter-pg.
// The native engine cannot be downloaded on closed networks; this build is the same engine
// (the version Prisma 7.10.0's CLI would fetch), so migrations stay in Prisma's format and
// bookkeeping. See docs/decisions/0002-migrations-with-wasm-schema-engine.md.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { schemaPath } from "./paths";

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type Engine = import("@prisma/schema-engine-wasm/schema_engine_bg").SchemaEngine;
export type DiffTarget = import("@prisma/schema-engine-wasm").DiffTarget;

const require = createRequire(import.meta.url);
let bgPromise: Promise<Bg> | undefined;

let lastPanic = "";

async function loadWasm(): Promise<Bg> {
  // The engine reports a Rust panic's message through this global before it throws.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => {
      lastPanic = message;
      if (process.env.DEBUG_SCHEMA_ENGINE) console.error("PANIC:", message);
    },
  };
  const bgFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const pkgDir = path.dirname(bgFile);
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Bg;
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg;
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks function
 * bodies and string literals and applies half a migration when a statement fails. Prisma's native
 * engine sends the script whole; so does this wrapper: one simple-protocol query, which
 * PostgreSQL runs as a single implicit transaction (all of the migration or none of it).
 */
function wholeScriptFactory(factory: PrismaPg, opened: { dispose(): Promise<void> }[]): PrismaPg {
  const wrap = async <A extends { executeScript(s: string): Promise<void>; underlyingDriver(): unknown; dispose(): Promise<void> }>(a: A) => {
    a.executeScript = async (script: string) => {
      await (a.underlyingDriver() as { query(text: string): Promise<unknown> }).query(script);
    };
    opened.push(a);
    return a;
  };
  return Object.assign(Object.create(Object.getPrototypeOf(factory)), factory, {
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  }) as PrismaPg;
}

const noFilter = { externalTables: [] as string[], externalEnums: [] as string[] };

export interface SchemaFile {
  path: string;
  content: string;
}

/** Opens the engine against a database (the owner role's URL). Call `close()` when done. */
export async function openSchemaEngine(connectionString: string, datamodels?: SchemaFile[]) {
  // The engine needs a datamodel to know its provider, even for a diff between two others.
  datamodels ??= [{ path: "schema.prisma", content: await readFile(schemaPath, "utf8") }];
  bgPromise ??= loadWasm();
  const bg = await bgPromise;
  // Pools the engine opened; closed with the engine so no connection outlives it.
  const opened: { dispose(): Promise<void> }[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptFactory(new PrismaPg({ connectionString }), opened));
  const logs: string[] = [];
  const engine: Engine = await bg.SchemaEngine.new(
    { datamodels: datamodels.map((f) => [f.path, f.content] as [string, string]) },
    (line: string) => logs.push(line),
    adapter,
  );

  return {
    /** SQL that turns `from` into `to`; empty string when they agree. */
    async diffScript(from: DiffTarget, to: DiffTarget): Promise<string> {
      const result = await engine
        .diff({ from, to, script: true, exitCode: null, filters: noFilter })
        .catch(rethrowWithPanic);
      return result.stdout ?? "";
    },
    /** Applies every migration in `migrationsDir` not yet recorded in `_prisma_migrations`. */
    async applyMigrations(migrationsDir: string): Promise<string[]> {
      const migrationsList = await readMigrationsList(migrationsDir);
      const out = await engine.applyMigrations({ migrationsList, filters: noFilter }).catch(rethrowWithPanic);
      return out.appliedMigrationNames;
    },
    async close() {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
    },
    logs,
  };
}

function rethrowWithPanic(err: unknown): never {
  if (lastPanic) {
    const message = lastPanic;
    lastPanic = "";
    throw new Error(`Prisma schema engine panicked: ${message}`, { cause: err });
  }
  throw err;
}

export function datamodelTarget(files: SchemaFile[]): DiffTarget {
  return { tag: "schemaDatamodel", files };
}

export const emptyTarget: DiffTarget = { tag: "empty" };

async function readMigrationsList(baseDir: string) {
  const { readdir } = await import("node:fs/promises");
  const entries = (await readdir(baseDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => {
      const file = path.join(baseDir, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (err: Error) => ({ tag: "error" as const, value: err.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
