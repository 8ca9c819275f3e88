import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "./data-table";

interface Row {
  code: string;
  name: string;
  people: number;
  note: string;
}

const columns: Column<Row>[] = [
  { key: "code", header: "コード", cell: (r) => r.code, nowrap: true },
  { key: "name", header: "名称", cell: (r) => r.name, rowHeader: true },
  { key: "people", header: "人口", cell: (r) => `${r.people}人`, align: "end", nowrap: true },
  { key: "note", header: "備考", cell: (r) => r.note },
];

const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({ code: `01${String(i).padStart(3, "0")}`, name: `町${i}`, people: 1000 + i, note: "—" }));

const html = renderToStaticMarkup(<DataTable caption="市町村" columns={columns} rows={rows} rowKey={(r) => r.code} />);
const css = readFileSync(path.join(__dirname, "../../app/globals.css"), "utf8");

describe("DataTable", () => {
  it("keeps its caption, scoped headers and the labelled, focusable scroll box", () => {
    expect(html).toContain('<caption class="sr-only">市町村</caption>');
    expect(html.match(/scope="col"/g)).toHaveLength(4);
    expect(html.match(/<th scope="row">町\d+<\/th>/g)).toHaveLength(50);
    expect(html).toMatch(/<div role="region" aria-label="[^"]*市町村[^"]*" tabindex="0"/);
  });

  it("puts on each cell only what its column varies; the rest comes from .data-table in the CSS", () => {
    expect(html).toContain('<table class="data-table">');
    const cellClasses = new Set([...html.matchAll(/<t[dh][^>]*?(?: class="([^"]*)")?>/g)].map((m) => m[1] ?? ""));
    expect([...cellClasses].sort()).toEqual(["", "end nowrap", "nowrap"]);
    expect(html).not.toMatch(/<tr [^>]*class=/);
    for (const selector of [".data-table {", ".data-table > * > tr > .end {", ".data-table > * > tr > .nowrap {", ".data-table > tbody > tr:nth-child(even) {"]) {
      expect(css).toContain(selector);
    }
  });

  it("stays small: fifty rows of four columns in under 7 KB (over 18 KB with utilities on every cell)", () => {
    expect(html.length).toBeLessThan(7_000);
  });
});
