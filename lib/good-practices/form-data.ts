// Between the case form and the domain: FormData → the schema's input (blank budget rows dropped),
// and a case → the form's string values. Client-safe (no server imports).
import type { GoodPracticeDetail } from "./queries";
import type { GoodPracticeInput } from "./schema";
import { TEXT_FIELDS } from "./schema";

export const SCALAR_FIELDS = ["title", "subjectPrefectureCode", "themeArea", "theme", "leader", ...TEXT_FIELDS, "budgetNote"] as const;
export const BUDGET_PARTS = ["fiscalYear", "item", "amountYen", "note"] as const;
/** Empty budget rows the form offers beyond the case's own. */
export const SPARE_BUDGET_ROWS = 3;

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** What was typed, as strings, so the form can show it again after an error. */
export function formValuesOf(formData: FormData, rows: number): Record<string, string> {
  const values: Record<string, string> = { budgetRows: String(rows), tags: formData.getAll("tags").map(str).join(",") };
  for (const name of SCALAR_FIELDS) values[name] = str(formData.get(name));
  for (let i = 0; i < rows; i++) for (const part of BUDGET_PARTS) values[`budgets.${i}.${part}`] = str(formData.get(`budgets.${i}.${part}`));
  values.expectedVersion = str(formData.get("expectedVersion"));
  return values;
}

/** The schema's input from the form's values; a budget row without a 年度 is unused. */
export function inputOf(values: Record<string, string>): GoodPracticeInput {
  const rows = Number(values.budgetRows ?? 0);
  const budgets: NonNullable<GoodPracticeInput["budgets"]> = [];
  for (let i = 0; i < rows; i++) {
    const get = (part: string) => values[`budgets.${i}.${part}`] ?? "";
    if (get("fiscalYear").trim() === "" && get("amountYen").trim() === "" && get("item").trim() === "" && get("note").trim() === "") continue;
    budgets.push({ fiscalYear: get("fiscalYear"), item: get("item"), amountYen: get("amountYen"), note: get("note") } as never);
  }
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((n) => [n, values[n] ?? ""]));
  return { ...scalars, tags: (values.tags ?? "").split(",").filter(Boolean), budgets } as GoodPracticeInput;
}

/** A case as the form's values. */
export function valuesOfCase(c: GoodPracticeDetail): Record<string, string> {
  const values: Record<string, string> = {
    title: c.title,
    subjectPrefectureCode: c.subjectPrefectureCode,
    themeArea: c.themeArea ?? "",
    theme: c.theme ?? "",
    leader: c.leader ?? "",
    budgetNote: c.budgetNote ?? "",
    tags: c.tags.map((t) => t.key).join(","),
    budgetRows: String(c.budgets.length + SPARE_BUDGET_ROWS),
    expectedVersion: String(c.version),
  };
  for (const f of TEXT_FIELDS) values[f] = c[f] ?? "";
  c.budgets.forEach((b, i) => {
    values[`budgets.${i}.fiscalYear`] = String(b.fiscalYear);
    values[`budgets.${i}.item`] = b.item;
    values[`budgets.${i}.amountYen`] = b.amountYen === null ? "" : String(b.amountYen);
    values[`budgets.${i}.note`] = b.note ?? "";
  });
  return values;
}
