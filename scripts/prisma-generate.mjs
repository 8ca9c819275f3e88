// Runs `prisma generate` after install. Generation needs no schema engine, but Prisma 7 tries to
// download its native engine first, and that host is unreachable on closed networks. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file stops the download (migrations use the
// WebAssembly engine instead; see docs/decisions/0002-migrations-with-wasm-schema-engine.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts", "prisma-generate.mjs");
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
const result = spawnSync(bin, ["generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
