// Pure money arithmetic and formatting of budgets: integer yen in, integer yen (or text) out.

const yenFormat = new Intl.NumberFormat("ja-JP");

/** 1234000 → 「1,234,000円」. */
export function formatYen(yen: number): string {
  return `${yenFormat.format(yen)}円`;
}

/**
 * Yen as 千円 for tables, rounded down toward zero as budget documents print it:
 * 94420000 → 「94,420」, 1500 → 「1」, -1500 → 「-1」.
 */
export function formatThousandYen(yen: number): string {
  return yenFormat.format(Math.trunc(yen / 1000));
}

export interface BudgetTotals {
  amountYen: number;
  committedYen: number;
  paidYen: number;
}

export interface AllocationTotals {
  amountYen: number;
  committedYen: number;
}

/**
 * What may still be committed: for a menu's allocation (a split budget), the smaller of what the
 * allocation and the budget have left; otherwise the budget's remainder.
 */
export function remainingYen(budget: BudgetTotals, allocation: AllocationTotals | null): number {
  const budgetLeft = budget.amountYen - budget.committedYen;
  return allocation ? Math.min(allocation.amountYen - allocation.committedYen, budgetLeft) : budgetLeft;
}

/** 1000 × 千円 figures from the documents → yen (exact, integers only). */
export function thousandYenToYen(thousand: number): number {
  if (!Number.isInteger(thousand)) throw new RangeError(`not whole 千円: ${thousand}`);
  return thousand * 1000;
}
