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
  // Everything the cells share is styled once, from `.data-table` in app/globals.css; a cell
  // carries only what its column varies (alignment, no wrapping), which keeps long tables' markup small.
  // A cell without either gets no class prop at all (an undefined one still costs bytes in the RSC payload).
  const cellProps = columns.map((c) => {
    const className = [c.align === "end" ? "end" : "", c.nowrap ? "nowrap" : ""].join(" ").trim();
    return className ? { className } : {};
  });
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
          <table className="data-table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th key={c.key} scope="col" {...cellProps[i]}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c, i) =>
                    c.rowHeader ? (
                      <th key={c.key} scope="row" {...cellProps[i]}>
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.key} {...cellProps[i]}>
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
