// Lighthouse figures for the bench: runs scripts/lighthouse.ts (desktop preset, Debian Chromium,
// 3 runs per page) against the running portal and reads the medians it prints.
import { spawn } from "node:child_process";
import { repoRoot } from "../../lib/ops/paths";

export interface LighthouseMedian {
  path: string;
  performance: number;
  accessibility: number;
}

export function lighthouseFigures(baseUrl: string, paths: string[]): Promise<LighthouseMedian[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/lighthouse.ts", "--url", baseUrl, ...paths], { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", () => {
      for (const line of out.split("\n")) if (line.startsWith("warning:")) console.log(line);
      const medians = out.slice(out.lastIndexOf("medians:"));
      resolve(
        paths.map((p) => {
          const line = medians.split("\n").find((l) => l.trim().startsWith(p + " ")) ?? "";
          const num = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(line)?.[1] ?? NaN);
          return { path: p, performance: num("performance"), accessibility: num("accessibility") };
        }),
      );
    });
  });
}
