// Counts of 在宅療養支援診療所・病院 by support type (1 機能強化型（単独）, 2 機能強化型（連携）, 3 従来型).
// Pure, so pages, charts and the API share the shape.

export interface TypeCounts {
  type1: number;
  type2: number;
  type3: number;
  total: number;
}

export const emptyCounts = (): TypeCounts => ({ type1: 0, type2: 0, type3: 0, total: 0 });

export function addToCounts(counts: TypeCounts, type: number, n = 1): void {
  if (type === 1) counts.type1 += n;
  else if (type === 2) counts.type2 += n;
  else counts.type3 += n;
  counts.total += n;
}

/** Per 100,000 people, one decimal; null where the population is unknown. */
export function per100k(count: number, population: number | null): number | null {
  if (!population) return null;
  return Math.round((count / population) * 1_000_000) / 10;
}
