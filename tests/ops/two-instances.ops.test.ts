// `npm run ops:two-instances` as CI runs it: two instances behind nginx, one PostgreSQL; the
// script exits 0 only if sign-in, throttling and sign-out hold across both and the rolling
// restart during 1,000 requests had no failed request. A missing nginx fails it.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@/lib/ops/paths";

describe("two instances behind nginx", () => {
  it("runs the script with every check passing and 0 errors across the rolling restart", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/two-instances.ts"], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(out, out).toMatch(/requests: 1000, during the rolling restart: \d+, errors: 0/);
    expect(code, out).toBe(0);
  });
});
