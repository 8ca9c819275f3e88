// The columns of an open dataset, declared once: the data dictionary the page shows, the zod
// schema of a JSON row (and so the OpenAPI document), and the CSV header and cells. Client-safe.
import { z } from "@/lib/zod";

export type ColumnType = "string" | "integer" | "number" | "boolean" | "date" | "list";

export interface Column {
  /** The JSON key of the value in each row. */
  key: string;
  /** The CSV header (Japanese). */
  label: string;
  type: ColumnType;
  /** The value may be missing (null in JSON, an empty cell in CSV). */
  nullable?: boolean;
  /** What the column holds (the data dictionary). */
  description: string;
}

export type CellValue = string | number | boolean | null | string[];
export type Row = Record<string, CellValue>;

export const COLUMN_TYPE_LABELS: Record<ColumnType, string> = {
  string: "文字列",
  integer: "整数",
  number: "数値",
  boolean: "真偽値（true / false）",
  date: "日付（YYYY-MM-DD）",
  list: "文字列の配列（CSV では半角スペース区切り）",
};

function zodOf(c: Column): z.ZodType {
  const base: z.ZodType =
    c.type === "integer" ? z.number().int()
    : c.type === "number" ? z.number()
    : c.type === "boolean" ? z.boolean()
    : c.type === "list" ? z.array(z.string())
    : c.type === "date" ? z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
    : z.string();
  return (c.nullable ? base.nullable() : base).meta({ description: `${c.label}: ${c.description}` });
}

/** The schema of one JSON row: exactly the columns, in order. */
export function rowSchemaOf(columns: readonly Column[], id: string): z.ZodObject {
  return z.strictObject(Object.fromEntries(columns.map((c) => [c.key, zodOf(c)]))).meta({ id });
}

/** The CSV text of a value: lists joined with a space, booleans as true/false, null as empty. */
export function csvCell(value: CellValue): string | number | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(" ");
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}
