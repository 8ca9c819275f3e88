// What an organisation list would change: each row validated (errors name the row and the column
// in Japanese) and matched to an existing organisation by 法人番号, else by exact name.
import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { importMessages as im } from "./import-messages";
import type { RawRows } from "./import-file";
import { organisationMessages as m, organisationTypeLabels } from "./messages";
import { OrganisationSchema, ORGANISATION_TYPES, type Organisation } from "./schema";

export const IMPORT_COLUMNS = [
  { key: "type", header: "種別", required: true },
  { key: "name", header: "名称", required: true },
  { key: "nameKana", header: "名称カナ" },
  { key: "corporateNumber", header: "法人番号" },
  { key: "postalCode", header: "郵便番号" },
  { key: "address", header: "住所" },
  { key: "phone", header: "電話番号" },
  { key: "email", header: "メールアドレス" },
  { key: "municipalityCode", header: "市町村コード" },
] as const;
type ColumnKey = (typeof IMPORT_COLUMNS)[number]["key"];

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface PlannedRow {
  row: number;
  action: "create" | "update" | "unchanged";
  organisationId: number | null;
  input: Organisation;
}

export interface ImportPlan {
  rows: PlannedRow[];
  errors: RowError[];
  /** Changes if the registry changes between preview and confirmation. */
  fingerprint: string;
}

const headerOf = (key: string) => IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
const typeByLabel = new Map<string, string>([...Object.entries(organisationTypeLabels).map(([k, v]) => [v, k] as [string, string]), ...ORGANISATION_TYPES.map((t) => [t, t] as [string, string])]);

export async function planImport(tx: Prisma.TransactionClient, prefectureId: number, raw: RawRows): Promise<ImportPlan> {
  const errors: RowError[] = [];
  const index = new Map<ColumnKey, number>();
  raw.header.forEach((h, i) => {
    if (h === "") return;
    const column = IMPORT_COLUMNS.find((c) => c.header === h);
    if (!column) errors.push({ row: 1, column: h, message: im.unknownColumn(h) });
    else index.set(column.key, i);
  });
  for (const c of IMPORT_COLUMNS) if ("required" in c && !index.has(c.key)) errors.push({ row: 1, column: c.header, message: im.missingColumn(c.header) });
  if (errors.length) return { rows: [], errors, fingerprint: "" };

  const existing = await tx.organisation.findMany({ where: { prefectureId }, select: { id: true, name: true, corporateNumber: true, version: true, type: true, nameKana: true, postalCode: true, address: true, phone: true, email: true, municipality: { select: { code: true } } } });
  const codes = new Set((await tx.municipality.findMany({ where: { prefectureId }, select: { code: true } })).map((x) => x.code));
  const byNumber = new Map(existing.filter((o) => o.corporateNumber).map((o) => [o.corporateNumber!, o]));
  const byName = new Map(existing.map((o) => [o.name, o]));
  const seenName = new Map<string, number>();
  const seenNumber = new Map<string, number>();
  const rows: PlannedRow[] = [];

  for (const { row, cells } of raw.rows) {
    const value = (key: ColumnKey) => (index.has(key) ? (cells[index.get(key)!] ?? "") : "");
    const typeText = value("type").normalize("NFKC").trim();
    const type = typeByLabel.get(typeText);
    const candidate = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, value(c.key)]));
    candidate.type = type ?? "";
    const parsed = OrganisationSchema.safeParse(candidate);
    const before = errors.length;
    if (!type) errors.push({ row, column: headerOf("type"), message: typeText ? im.typeUnknown(typeText) : m.typeInvalid });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) if (!(issue.path[0] === "type" && !type)) errors.push({ row, column: headerOf(String(issue.path[0] ?? "type")), message: issue.message });
    }
    if (!parsed.success || errors.length > before) continue;
    const input = parsed.data;
    if (input.municipalityCode && !codes.has(input.municipalityCode)) errors.push({ row, column: headerOf("municipalityCode"), message: m.unknownMunicipality(input.municipalityCode) });
    if (seenName.has(input.name)) errors.push({ row, column: headerOf("name"), message: im.duplicateInFile(headerOf("name"), seenName.get(input.name)!) });
    if (input.corporateNumber && seenNumber.has(input.corporateNumber)) errors.push({ row, column: headerOf("corporateNumber"), message: im.duplicateInFile(headerOf("corporateNumber"), seenNumber.get(input.corporateNumber)!) });
    seenName.set(input.name, seenName.get(input.name) ?? row);
    if (input.corporateNumber) seenNumber.set(input.corporateNumber, seenNumber.get(input.corporateNumber) ?? row);
    const match = (input.corporateNumber ? byNumber.get(input.corporateNumber) : undefined) ?? byName.get(input.name);
    const named = byName.get(input.name);
    if (named && match && named.id !== match.id) errors.push({ row, column: headerOf("name"), message: im.nameTakenByOther(input.name) });
    else if (match && match.corporateNumber && input.corporateNumber && match.corporateNumber !== input.corporateNumber) errors.push({ row, column: headerOf("name"), message: im.nameTakenByOther(input.name) });
    if (errors.length > before) continue;
    const same =
      match &&
      match.type === input.type &&
      match.name === input.name &&
      (["nameKana", "corporateNumber", "postalCode", "address", "phone", "email"] as const).every((k) => (match[k] ?? undefined) === input[k]) &&
      (match.municipality?.code ?? undefined) === input.municipalityCode;
    rows.push({ row, action: !match ? "create" : same ? "unchanged" : "update", organisationId: match?.id ?? null, input });
  }
  const versions = rows.map((r) => `${r.row}:${r.action}:${r.organisationId ?? ""}:${existing.find((o) => o.id === r.organisationId)?.version ?? ""}`);
  const fingerprint = createHash("sha256").update(versions.join("|")).digest("hex").slice(0, 32);
  return { rows, errors: errors.sort((a, b) => a.row - b.row), fingerprint };
}
