// `npm run ops:two-instances` as CI runs it: two instances behind nginx, one PostgreSQL; the
// script exits 0 only if sign-in, throttling and sign-out hold across both, nginx retries a GET
// but never a POST on the other upstream, and the rolling restart during 1,000 requests had no
// failed request. Each of these is asserted on its printed line. A missing nginx fails it.
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
    const passed = (label: RegExp) => expect(out.split("\n").some((l) => l.startsWith("✓") && label.test(l)), `${label}\n${out}`).toBe(true);
    passed(/Aでログインし、Bでそのまま続けられる/);
    passed(/ログイン試行の制限.*A・B合計で数えられる/);
    passed(/Bでログアウトすると、Aでもそのセッションは使えない/);
    passed(/落ちた上流へのGET.*別のインスタンスで再試行し、すべて200/);
    passed(/落ちた上流へのPOST.*再送せず502を返す/);
    passed(/ローリング再起動中の 1000 リクエストで失敗 0 件/);
    expect(out, out).not.toMatch(/^✗/m);
    expect(out, out).toMatch(/requests: 1000, during the rolling restart: \d+, errors: 0/);
    expect(code, out).toBe(0);
  });
});
