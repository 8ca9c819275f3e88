// Document workbooks (ADR 0025): a clear default template per kind, built by code with one named cell
// per value; validation of an uploaded template (every required name on one cell); filling a template
// by name; and reading the values back (tests, and the check after filling). Pure apart from exceljs.
import ExcelJS from "exceljs";
import type { TemplateKind } from "../schema";
import { TEMPLATE_CELLS, requiredNames } from "./names";

export type DocumentValues = Record<string, string | number>;
export interface DocumentItem {
  name: string;
  quantity: number | null;
  costYen: number;
}

const YEN_FORMAT = '#,##0"円"';
const ITEM_ROWS = 10;

async function load(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The default template of a kind: a title, a label in column A and the named value cell in column B. */
export async function buildDefaultTemplate(kind: TemplateKind): Promise<Buffer> {
  const { title, cells } = TEMPLATE_CELLS[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = "北海道在宅医療推進ポータル";
  const sheetName = "様式";
  const ws = wb.addWorksheet(sheetName, { pageSetup: { paperSize: 9, orientation: "portrait" } });
  ws.columns = [{ width: 34 }, { width: 48 }, { width: 12 }, { width: 18 }];
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  let row = 3;
  for (const cell of cells) {
    if (cell.name === "items_start") continue;
    ws.getCell(`A${row}`).value = cell.label;
    ws.getCell(`A${row}`).font = { bold: true };
    const target = ws.getCell(`B${row}`);
    if (cell.kind === "yen") target.numFmt = YEN_FORMAT;
    wb.definedNames.add(`'${sheetName}'!$B$${row}`, cell.name);
    row += 1;
  }
  if (cells.some((c) => c.name === "items_start")) {
    row += 1;
    ws.getCell(`A${row}`).value = "経費の内訳";
    ws.getCell(`A${row}`).font = { bold: true };
    row += 1;
    ["品目", "数量", "金額（円）"].forEach((h, i) => {
      ws.getCell(row, i + 2).value = h;
      ws.getCell(row, i + 2).font = { bold: true };
    });
    row += 1;
    wb.definedNames.add(`'${sheetName}'!$B$${row}`, "items_start");
    for (let r = row; r < row + ITEM_ROWS; r += 1) ws.getCell(r, 4).numFmt = YEN_FORMAT;
  }
  return save(wb);
}

interface Location {
  sheet: string;
  address: string;
}

/** Every defined name of the workbook that points at exactly one cell. */
function namedCells(wb: ExcelJS.Workbook): Map<string, Location> {
  const out = new Map<string, Location>();
  for (const { name, ranges } of wb.definedNames.model) {
    if (ranges.length !== 1) continue;
    const m = /^'?(.+?)'?!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ranges[0]);
    if (m) out.set(name, { sheet: m[1], address: `${m[2]}${m[3]}` });
  }
  return out;
}

export type TemplateCheck = { ok: true } | { ok: false; reason: "unreadable" } | { ok: false; reason: "missing"; missing: string[] };

/** Whether an uploaded workbook is a usable template of the kind. */
export async function checkTemplate(buffer: Uint8Array, kind: TemplateKind): Promise<TemplateCheck> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await load(buffer);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const names = namedCells(wb);
  const missing = requiredNames(kind).filter((n) => {
    const loc = names.get(n);
    return !loc || !wb.getWorksheet(loc.sheet);
  });
  return missing.length ? { ok: false, reason: "missing", missing } : { ok: true };
}

/** Fills the template's named cells (and the item rows) and returns the new workbook. */
export async function fillTemplate(template: Uint8Array, values: DocumentValues, items: DocumentItem[] = []): Promise<Buffer> {
  const wb = await load(template);
  const names = namedCells(wb);
  for (const [name, value] of Object.entries(values)) {
    const loc = names.get(name);
    const ws = loc && wb.getWorksheet(loc.sheet);
    if (ws && loc) ws.getCell(loc.address).value = value;
  }
  const start = names.get("items_start");
  const ws = start && wb.getWorksheet(start.sheet);
  if (ws && start) {
    const first = ws.getCell(start.address);
    items.forEach((item, i) => {
      const row = ws.getRow(Number(first.row) + i);
      const col = Number(first.col);
      row.getCell(col).value = item.name;
      row.getCell(col + 1).value = item.quantity;
      row.getCell(col + 2).value = item.costYen;
      row.getCell(col + 2).numFmt = YEN_FORMAT;
    });
  }
  return save(wb);
}

/** The values of the workbook's named cells, and the item rows below `items_start` (read-back). */
export async function readDocument(buffer: Uint8Array): Promise<{ values: Record<string, unknown>; items: DocumentItem[] }> {
  const wb = await load(buffer);
  const values: Record<string, unknown> = {};
  const names = namedCells(wb);
  for (const [name, loc] of names) values[name] = wb.getWorksheet(loc.sheet)?.getCell(loc.address).value ?? null;
  const items: DocumentItem[] = [];
  const start = names.get("items_start");
  const ws = start && wb.getWorksheet(start.sheet);
  if (ws && start) {
    const first = ws.getCell(start.address);
    for (let r = Number(first.row); ; r += 1) {
      const row = ws.getRow(r);
      const name = row.getCell(Number(first.col)).value;
      if (name === null || name === undefined || name === "") break;
      const q = row.getCell(Number(first.col) + 1).value;
      items.push({ name: String(name), quantity: typeof q === "number" ? q : null, costYen: Number(row.getCell(Number(first.col) + 2).value) });
    }
  }
  return { values, items };
}
