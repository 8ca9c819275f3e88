import { describe, expect, it } from "vitest";
import { openDatasets } from "./catalogue";
import { csvCell, rowSchemaOf } from "./columns";
import { openDataResponseSchema } from "./schema";

describe("open-data columns", () => {
  it("turn values into CSV cells: lists spaced, booleans as words, null empty", () => {
    expect(csvCell(["01202", "01203"])).toBe("01202 01203");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBeNull();
    expect(csvCell(12)).toBe(12);
  });

  it("make a strict row schema: types, nullability, no undeclared field", () => {
    const schema = rowSchemaOf(
      [
        { key: "code", label: "コード", type: "string", description: "" },
        { key: "n", label: "数", type: "integer", nullable: true, description: "" },
      ],
      "TestRow",
    );
    expect(schema.safeParse({ code: "0101", n: null }).success).toBe(true);
    expect(schema.safeParse({ code: "0101", n: 1.5 }).success).toBe(false);
    expect(schema.safeParse({ code: "0101", n: 1, extra: "x" }).success).toBe(false);
  });

  it("every dataset has unique keys and labels, a description per column, and a response schema", () => {
    for (const d of openDatasets) {
      expect(new Set(d.columns.map((c) => c.key)).size, d.key).toBe(d.columns.length);
      expect(new Set(d.columns.map((c) => c.label)).size, d.key).toBe(d.columns.length);
      for (const c of d.columns) expect(c.description.length, `${d.key}.${c.key}`).toBeGreaterThan(0);
      expect(d.path).toBe(`/api/v1/open-data/${d.key}`);
      expect(() => openDataResponseSchema(d.key)).not.toThrow();
    }
  });
});
