// What changed between two versions of a report's content: flattened paths with both values. Pure,
// client-safe (the conflict view and the version history both use it).
export interface FieldChange {
  path: string;
  before: string;
  after: string;
}

function flatten(value: unknown, prefix: string, out: Map<string, string>) {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, value === null || value === undefined ? "" : String(value));
}

export function diffContent(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, "", a);
  flatten(after, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((p) => p !== "formVersion");
  return paths.filter((p) => (a.get(p) ?? "") !== (b.get(p) ?? "")).map((p) => ({ path: p, before: a.get(p) ?? "", after: b.get(p) ?? "" }));
}
