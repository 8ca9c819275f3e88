// Reads a 地方厚生局 「届出受理医療機関名簿」 (xlsx) with exceljs's streaming reader: finds the header
// row by its content, the 現在 date in the title, and folds the (医療機関 × 届出) rows into one entry
// per facility key with its 在宅療養支援 type. Pure: no database, so the importer, the seed and the
// benchmark share it. Every refusal is a ListFormatError with a Japanese message naming the row
// or column.
import { PassThrough, Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import { dateOnly } from "@/lib/dates/date-only";
import { formatWarekiDate, parseWarekiDate } from "@/lib/dates/wareki";
import { listMessages as m } from "./messages";

export class ListFormatError extends Error {
  readonly code = "list_format";
}

export type FacilityCategoryCode = "MEDICAL" | "DENTAL";
export type FacilityKindCode = "HOSPITAL" | "CLINIC";
export type SupportType = 1 | 2 | 3;

export interface ListedSupport {
  kind: FacilityKindCode;
  type: SupportType;
  /** 算定開始年月日 (ISO date), null when the list gives none. */
  since: string | null;
  row: number;
}

export interface ListedFacility {
  /** The sheet row the facility first appears on (1-based, as Excel shows it). */
  sourceRow: number;
  prefectureCode: string;
  category: FacilityCategoryCode;
  institutionNumber: string;
  name: string;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
  bedsText: string | null;
  kind: FacilityKindCode;
  /** The 在宅療養支援 type that counts, or null when the facility is not a 在支診・在支病. */
  support: ListedSupport | null;
  /** Listed under two support types from the same latest date; the lower number was taken. */
  supportTie: boolean;
  /** The other support types listed, e.g. 「支援診３（令和4年6月1日〜）」. */
  supportNote: string | null;
}

export interface OfficialList {
  title: string;
  /** The 現在 date of the title (ISO). */
  asOf: string;
  prefectureName: string;
  /** Data rows (one per 医療機関 × 届出). */
  rowCount: number;
  facilities: ListedFacility[];
}

export interface ParseProgress {
  rowsRead: number;
  /** Share of the file read, 0–100. */
  percent: number;
}

export interface ParseOptions {
  /** The prefecture being imported into: a list of another is refused, naming both. */
  prefecture: { code: string; name: string };
  onProgress?: (progress: ParseProgress) => void | Promise<void>;
  /** Rows between progress reports (default 2,000). */
  progressEvery?: number;
}

/** Columns by their header text (compared after NFKC normalisation, without spaces). */
const COLUMNS = {
  prefectureCode: { header: "都道府県コード", required: false },
  prefectureName: { header: "都道府県名", required: true },
  category: { header: "区分", required: false },
  institutionNumber: { header: "医療機関番号", required: true },
  name: { header: "医療機関名称", required: true },
  postalCode: { header: "医療機関所在地（郵便番号）", required: false },
  address: { header: "医療機関所在地（住所）", required: true },
  phone: { header: "電話番号", required: false },
  beds: { header: "病床数", required: false },
  symbol: { header: "受理記号", required: true },
  since: { header: "算定開始年月日", required: true },
} as const;
type ColumnKey = keyof typeof COLUMNS;

/** How many rows the header may be preceded by (title, blank lines, notes). */
const HEADER_SEARCH_ROWS = 30;

function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** A cell's value as trimmed text, whatever exceljs handed us (text, number, rich text, formula). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("").trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value).trim();
}

/** What a file that is not an xlsx appears to be, for the message. */
export function sniffNonXlsx(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return m.emptyFile;
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return null;
  if (head.subarray(0, 4).toString("latin1") === "%PDF") return m.notXlsx("PDF");
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return m.oldExcel;
  // Text (UTF-8 or Shift_JIS alike) has no control bytes but tab, CR, LF; judged on the bytes, so a
  // multi-byte character cut at the sample's end does not make a CSV look binary.
  const sample = bytes.subarray(0, 4096);
  const binary = sample.some((b) => b <= 0x08 || (b >= 0x0e && b <= 0x1f));
  if (!binary) return m.notXlsx(sample.includes(0x2c) || sample.includes(0x09) ? "CSV などのテキスト" : "テキスト");
  return m.notXlsx("xlsx 以外");
}

/** Sum of the numbers in a 病床数 text (「療養 206／一般 231」 → 437). */
export function bedCount(text: string | null): number {
  if (!text) return 0;
  return (text.normalize("NFKC").match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0);
}

const SUPPORT = /^支援(診|病)([123])$/;

/** 支援診１ → clinic type 1 …; null for any other 受理記号. */
export function supportOf(symbol: string): { kind: FacilityKindCode; type: SupportType } | null {
  const match = SUPPORT.exec(normalise(symbol));
  if (!match) return null;
  return { kind: match[1] === "診" ? "CLINIC" : "HOSPITAL", type: Number(match[2]) as SupportType };
}

export function supportLabel(kind: FacilityKindCode, type: number): string {
  return `${kind === "CLINIC" ? "支援診" : "支援病"}${"０１２３"[type]}`;
}

/** The latest 算定開始年月日 wins; on the same date the lower type number, flagged as a tie. */
export function resolveSupport(listed: ListedSupport[]): { support: ListedSupport | null; tie: boolean } {
  if (listed.length === 0) return { support: null, tie: false };
  const sorted = [...listed].sort((a, b) => (b.since ?? "").localeCompare(a.since ?? "") || a.type - b.type || (a.kind === "CLINIC" ? -1 : 1));
  const [first, second] = sorted;
  const tie = second !== undefined && (second.since ?? "") === (first.since ?? "") && (second.type !== first.type || second.kind !== first.kind);
  return { support: first, tie };
}

interface Accumulator extends Omit<ListedFacility, "support" | "supportTie" | "supportNote" | "kind"> {
  supports: ListedSupport[];
}

function findColumns(values: string[]): Partial<Record<ColumnKey, number>> | null {
  const wanted = new Map(Object.entries(COLUMNS).map(([key, c]) => [normalise(c.header), key as ColumnKey]));
  const found: Partial<Record<ColumnKey, number>> = {};
  values.forEach((text, index) => {
    const key = wanted.get(normalise(text));
    if (key && found[key] === undefined) found[key] = index;
  });
  // The header row is the one that names the facility number and name.
  return found.institutionNumber !== undefined && found.name !== undefined ? found : null;
}

/**
 * The input as a stream that counts the bytes exceljs has taken. exceljs pipes it into its
 * unzipper, whose errors (a file cut short: FILE_ENDED) it does not always pass on — a worksheet
 * waiting for more data then waits forever — so they are reported to `onUnzipError`.
 */
function countingStream(bytes: Uint8Array, onBytes: (n: number) => void, onUnzipError: (err: unknown) => void): Readable {
  const counter = new PassThrough({ highWaterMark: 64 * 1024 });
  counter.on("data", (chunk: Buffer) => onBytes(chunk.length));
  const pipe = counter.pipe.bind(counter);
  counter.pipe = ((destination: NodeJS.WritableStream, opts?: { end?: boolean }) => {
    destination.on("error", onUnzipError);
    return pipe(destination, opts);
  }) as typeof counter.pipe;
  const CHUNK = 64 * 1024;
  let offset = 0;
  const source = new Readable({
    read() {
      if (offset >= bytes.length) return void this.push(null);
      this.push(Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(CHUNK, bytes.length - offset)));
      offset += CHUNK;
    },
  });
  return source.pipe(counter);
}

export async function parseOfficialList(bytes: Uint8Array, options: ParseOptions): Promise<OfficialList> {
  const notXlsx = sniffNonXlsx(bytes);
  if (notXlsx) throw new ListFormatError(notXlsx);
  let unzipFailed!: (err: unknown) => void;
  const unzipError = new Promise<never>((_, reject) => (unzipFailed = reject));
  try {
    return await Promise.race([readList(bytes, options, unzipFailed), unzipError]);
  } catch (err) {
    if (err instanceof ListFormatError) throw err;
    throw new ListFormatError(m.unreadable);
  }
}

/**
 * exceljs 4.4's streaming reader decodes every chunk of XML on its own, so a Japanese character
 * split between two chunks turns into U+FFFD (exceljs issues #2084, #2063, #2316): 「釧路市」 read
 * as 「釧��市」 would match no municipality. Shared strings are read from a stream decoding UTF-8
 * across chunks, and worksheet chunks through a StringDecoder, before exceljs sees them.
 */
class Utf8SafeWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(input: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) {
    super(input, options);
    const self = this as unknown as {
      _parseSharedStrings: (entry: Readable) => AsyncGenerator<unknown>;
      _parseWorksheet: (iterator: AsyncIterable<Buffer | string>, sheetNo: string) => Generator<unknown>;
    };
    const parseSharedStrings = self._parseSharedStrings.bind(this);
    const parseWorksheet = self._parseWorksheet.bind(this);
    self._parseSharedStrings = (entry) => {
      entry.setEncoding("utf8");
      return parseSharedStrings(entry);
    };
    self._parseWorksheet = (iterator, sheetNo) => parseWorksheet(decodeUtf8(iterator), sheetNo);
  }
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

async function readList(bytes: Uint8Array, options: ParseOptions, onUnzipError: (err: unknown) => void): Promise<OfficialList> {
  let consumed = 0;
  const stream = countingStream(bytes, (n) => (consumed += n), (err) => {
    stream.destroy();
    onUnzipError(err);
  });
  const reader = new Utf8SafeWorkbookReader(stream, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const every = options.progressEvery ?? 2_000;
  const expected = options.prefecture;

  let sheetSeen = false;
  let anyRow = false;
  const titleLines: string[] = [];
  let columns: Partial<Record<ColumnKey, number>> | null = null;
  let title = "";
  let asOf: string | null = null;
  let rowCount = 0;
  let rowsRead = 0;
  const facilities = new Map<string, Accumulator>();

  for await (const worksheet of reader) {
    sheetSeen = true;
    // Only the first sheet that has the header is read; later sheets are drained.
    const done = columns !== null;
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      if (done) continue;
      rowsRead += 1;
      const raw = row.values as unknown[];
      const values = Array.isArray(raw) ? raw.slice(1).map(cellText) : [];
      if (values.some((v) => v !== "")) anyRow = true;
      if (columns === null) {
        if (row.number > HEADER_SEARCH_ROWS) continue;
        const found = findColumns(values);
        if (found === null) {
          titleLines.push(values.filter(Boolean).join(" "));
          continue;
        }
        const missing = (Object.keys(COLUMNS) as ColumnKey[]).filter((k) => COLUMNS[k].required && found[k] === undefined);
        if (missing.length > 0) throw new ListFormatError(m.missingColumns(missing.map((k) => COLUMNS[k].header), row.number));
        columns = found;
        const titled = readTitle(titleLines);
        title = titled.title;
        asOf = titled.asOf;
        continue;
      }
      const get = (key: ColumnKey) => {
        const index = columns![key];
        return index === undefined ? "" : (values[index] ?? "");
      };
      const number = normalise(get("institutionNumber"));
      if (number === "" && values.every((v) => v === "")) continue;
      rowCount += 1;
      const prefectureName = normalise(get("prefectureName"));
      if (prefectureName !== expected.name) throw new ListFormatError(m.otherPrefecture(prefectureName || "（空欄）", expected.name, row.number));
      const institutionNumber = /^\d{1,7}$/.test(number) ? number.padStart(7, "0") : null;
      if (institutionNumber === null) throw new ListFormatError(m.badInstitutionNumber(row.number, get("institutionNumber")));
      const categoryText = normalise(get("category"));
      const category: FacilityCategoryCode | null = categoryText === "" || categoryText === "医科" ? "MEDICAL" : categoryText === "歯科" ? "DENTAL" : null;
      if (category === null) throw new ListFormatError(m.badCategory(row.number, categoryText));
      const prefectureCode = normalise(get("prefectureCode")) || expected.code;
      if (prefectureCode !== expected.code) throw new ListFormatError(m.otherPrefecture(`都道府県コード ${prefectureCode}`, expected.name, row.number));
      const key = `${category}:${institutionNumber}`;
      let facility = facilities.get(key);
      if (!facility) {
        const name = get("name");
        if (name === "") throw new ListFormatError(m.missingName(row.number));
        facility = {
          sourceRow: row.number,
          prefectureCode,
          category,
          institutionNumber,
          name,
          postalCode: get("postalCode") || null,
          address: get("address") || null,
          phone: get("phone") || null,
          bedsText: get("beds") || null,
          supports: [],
        };
        facilities.set(key, facility);
      }
      const support = category === "MEDICAL" ? supportOf(get("symbol")) : null;
      if (support) facility.supports.push({ ...support, since: parseWarekiDate(get("since")), row: row.number });
      if (rowsRead % every === 0 && options.onProgress) {
        await options.onProgress({ rowsRead, percent: Math.min(99, Math.floor((consumed / bytes.length) * 100)) });
      }
    }
  }
  if (!sheetSeen || !anyRow) throw new ListFormatError(m.emptySheet);
  if (columns === null) throw new ListFormatError(m.noHeader(HEADER_SEARCH_ROWS));
  if (asOf === null) throw new ListFormatError(m.noAsOf(title));
  if (rowCount === 0) throw new ListFormatError(m.noDataRows);
  await options.onProgress?.({ rowsRead, percent: 100 });

  return {
    title,
    asOf,
    prefectureName: expected.name,
    rowCount,
    facilities: [...facilities.values()].map(finish),
  };
}

function readTitle(lines: string[]): { title: string; asOf: string | null } {
  for (const line of lines) {
    const normalized = line.normalize("NFKC");
    const at = normalized.indexOf("現在");
    if (at < 0) continue;
    return { title: line.trim(), asOf: parseWarekiDate(normalized.slice(0, at)) };
  }
  return { title: lines.find((l) => l.trim() !== "")?.trim() ?? "", asOf: null };
}

function finish(f: Accumulator): ListedFacility {
  const { supports, ...rest } = f;
  const { support, tie } = resolveSupport(supports);
  const others = support ? supports.filter((s) => s !== support) : [];
  const note = others.length > 0 ? others.map((s) => `${supportLabel(s.kind, s.type)}（${s.since ? `${formatWarekiDate(dateOnly(s.since))}〜` : "算定開始日なし"}）`).join("、") : null;
  const kind: FacilityKindCode = support ? support.kind : bedCount(f.bedsText) >= 20 ? "HOSPITAL" : "CLINIC";
  return { ...rest, kind, support, supportTie: tie, supportNote: note };
}
