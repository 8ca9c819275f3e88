// The bench's arithmetic and its table (ADR 0030): medians of runs, percentiles of latencies,
// ratios, and one table of figures with their targets.

/** Median of the finite values; NaN when there are none. */
export function median(values: number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile (0 < p ≤ 100) by nearest rank: the smallest value with at least p % of values at or below it. */
export function percentile(values: number[], p: number): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export interface Target {
  /** "≥" — the value must be at least `bound`; "≤" — at most. */
  op: "≥" | "≤";
  bound: number;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** What the value is made of, e.g. "a 412 req/s ÷ b 530 req/s". */
  note?: string;
}

export function passes(value: number, target: Target): boolean {
  if (!Number.isFinite(value)) return false;
  return target.op === "≥" ? value >= target.bound : value <= target.bound;
}

const fmt = (value: number, unit: string) => {
  if (!Number.isFinite(value)) return "–";
  const digits = unit === "×" ? 2 : Math.abs(value) >= 100 || unit === "" ? 0 : 1;
  return `${value.toFixed(digits)}${unit && unit !== "×" ? ` ${unit}` : unit}`;
};

/** A Markdown table: figure, value, target, PASS/FAIL (— without a target), note. */
export function figureTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    fmt(f.value, f.unit),
    f.target ? `${f.target.op} ${fmt(f.target.bound, f.unit)}` : "",
    f.target ? (passes(f.value, f.target) ? "PASS" : "FAIL") : "—",
    f.note ?? "",
  ]);
  const header = ["figure", "value", "target", "result", "from"];
  return [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
