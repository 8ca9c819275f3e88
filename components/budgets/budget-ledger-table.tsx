// The ledger of one budget (交付決定, its reductions, 確定), newest first, amounts in 円.
import { DataTable } from "@/components/ui/data-table";
import { SampleBadge } from "@/components/ui/sample-badge";
import type { BudgetDetail } from "@/lib/budgets/queries";
import { budgetPageMessages as m } from "@/lib/budgets/page-messages";
import { formatWarekiDateTime } from "@/lib/dates/wareki";

export function BudgetLedgerTable({ entries }: { entries: BudgetDetail["entries"] }) {
  if (entries.length === 0) return <p className="text-std-16N-170">{m.noEntries}</p>;
  return (
    <DataTable
      caption={m.ledgerCaption}
      rows={entries}
      rowKey={(e) => e.id}
      columns={[
        { key: "at", header: m.ledgerCol.at, rowHeader: true, nowrap: true, cell: (e) => <time dateTime={e.createdAt.toISOString()}>{formatWarekiDateTime(e.createdAt)}</time> },
        { key: "kind", header: m.ledgerCol.kind, nowrap: true, cell: (e) => <>{m.kind(e.kind, e.amountYen)}{e.isSample ? <span className="ml-2"><SampleBadge /></span> : null}</> },
        { key: "amount", header: m.ledgerCol.amount, align: "end", nowrap: true, cell: (e) => m.yen(e.amountYen) },
        { key: "menu", header: m.ledgerCol.menu, cell: (e) => e.menuName ?? m.none },
        { key: "reference", header: m.ledgerCol.reference, cell: (e) => <span className="break-all">{e.reference ?? m.none}</span> },
        { key: "description", header: m.ledgerCol.description, cell: (e) => e.description },
        { key: "reason", header: m.ledgerCol.reason, cell: (e) => e.reason ?? m.none },
        { key: "by", header: m.ledgerCol.by, cell: (e) => e.by ?? m.none },
      ]}
    />
  );
}
