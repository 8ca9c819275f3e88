import type { ReactNode } from "react";
import { uiMessages } from "./messages";

export interface Column<Row> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers align right. */
  align?: "start" | "end";
  /** The column that names the row: rendered as <th scope="row">. */
  rowHeader?: boolean;
  /** Keep the cell on one line (codes, numbers). */
  nowrap?: boolean;
}

/**
 * A table with a caption and scoped headers. It scrolls sideways in its own focusable box when
 * it is wider than the screen, so the page itself never does.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  footnote,
}: {
  /** Plain text: it also names the scroll box. */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  footnote?: ReactNode;
}) {
  const alignClass = (c: Column<Row>) => (c.align === "end" ? "text-right" : "text-left");
  const cellClass = (c: Column<Row>) =>
    `border-b border-solid-gray-420 px-3 py-3 align-top ${alignClass(c)} ${c.nowrap ? "whitespace-nowrap" : ""}`;
  return (
    <div>
      <div className="rounded-8 border border-solid-gray-420">
        {/* The caption as sighted people see it: outside the scroll box, so it always fits the
            screen. Assistive technology gets the real <caption> instead. */}
        <p
          aria-hidden="true"
          className="rounded-t-8 border-b border-solid-gray-420 bg-solid-gray-50 px-3 py-3 text-std-16B-170 text-solid-gray-900"
        >
          {caption}
        </p>
        {/* relative: visually hidden (absolutely positioned) text inside cells stays inside the scroll box. */}
        <div role="region" aria-label={uiMessages.scrollableTable(caption)} tabIndex={0} className="relative overflow-x-auto">
          <table className="w-full min-w-[720px] border-collapse text-dns-16N-130 text-solid-gray-800">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-solid-gray-50">
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={`${cellClass(c)} text-dns-16B-130 text-solid-gray-900`}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)} className="even:bg-solid-gray-50/60 last:*:border-b-0">
                  {columns.map((c) =>
                    c.rowHeader ? (
                      <th key={c.key} scope="row" className={`${cellClass(c)} font-bold text-solid-gray-900`}>
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.key} className={cellClass(c)}>
                        {c.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {footnote ? <div className="mt-3 text-dns-16N-130 text-solid-gray-700">{footnote}</div> : null}
    </div>
  );
}
