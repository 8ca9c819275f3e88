// One-off: parses the national compendium (prisma/data/good-practices/source-004.txt) into a DRAFT
// JSON of its 39 cases. The draft is not the data: it was reviewed by hand against the source and
// the reviewed file, prisma/data/good-practices/cases.json, is the source of truth (its hand
// changes are listed in prisma/data/good-practices/REVIEW.md; theme tags are assigned by hand
// there too, since the source has none). Kept for provenance. Run:
//   npx tsx scripts/good-practices/parse-004.ts [out.json]   (default: tmp-scratch/draft-004.json)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prefectureCodeOf } from "../../lib/good-practices/prefectures";

const root = path.resolve(import.meta.dirname, "..", "..");
const source = readFileSync(path.join(root, "prisma/data/good-practices/source-004.txt"), "utf8");
const out = process.argv[2] ?? path.join(root, "tmp-scratch/draft-004.json");

interface DraftBudget {
  fiscalYear: number;
  item: string;
  amountYen: number | null;
  note: string | null;
}

// "「事業名【県】」" in all headings but the last, which reads "「事業名」【県】".
const HEADING = /^(.+?)\s*「(.+?)(?:【(.+?)】)?」(?:【(.+?)】)?\s*$/;
const AREA = /^<(.+分野)>$/;
const LEADER = /^\[リーダー[:：](.+)\]$/;

function clean(line: string): string {
  let s = line.trim();
  while (/^-\s/.test(s) || s === "-") s = s.replace(/^-\s?/, "").trim();
  return s.replaceAll("**", "");
}

/** "(一財)" → "一財": a note in brackets loses them. */
function unbracket(note: string): string | null {
  const s = note.trim();
  if (!s) return null;
  const m = /^[(（](.*)[)）]$/.exec(s);
  return m ? m[1] : s;
}

/** "3, 186" (OCR spaces) → 3186000 yen; the source gives 千円. */
function thousandYen(digits: string): number {
  return Number(digits.replace(/[\s,]/g, "")) * 1000;
}

function parseBudgets(lines: string[]) {
  const budgets: DraftBudget[] = [];
  const notes: string[] = [];
  let openYear: number | null = null;
  for (const line of lines) {
    const year = /^・?\s*平成(\d+)年度?\s*[:：]?\s*(.*)$/.exec(line);
    if (year) {
      const fiscalYear = 1988 + Number(year[1]);
      const rest = year[2].trim();
      openYear = null;
      const items = [...rest.matchAll(/([①-⑳])\s*([\d][\d,\s]*)千円/g)];
      if (items.length > 0) {
        for (const m of items) budgets.push({ fiscalYear, item: m[1], amountYen: thousandYen(m[2]), note: null });
        continue;
      }
      const amount = /^([\d][\d,\s]*)千円\s*(.*)$/.exec(rest);
      if (amount) budgets.push({ fiscalYear, item: "", amountYen: thousandYen(amount[1]), note: unbracket(amount[2]) });
      else if (/^0$/.test(rest)) budgets.push({ fiscalYear, item: "", amountYen: 0, note: null });
      else if (/^\(新規\)$/.test(rest)) openYear = fiscalYear;
      else budgets.push({ fiscalYear, item: "", amountYen: null, note: rest || null });
      continue;
    }
    const sub = openYear !== null ? /^(.+?)\s+([\d][\d,\s]*)千円$/.exec(line) : null;
    if (sub && openYear !== null) {
      budgets.push({ fiscalYear: openYear, item: sub[1], amountYen: thousandYen(sub[2]), note: "新規" });
      continue;
    }
    const lead = /^予算の推移\s*(.*)$/.exec(line);
    if (lead) {
      if (lead[1]) notes.push(lead[1]);
      continue;
    }
    notes.push(line);
  }
  return { budgets, budgetNote: notes.join("\n") || null };
}

type Section = "background" | "overview" | "results" | "budget" | "issuesBlock";
const SECTION_OF: [RegExp, Section][] = [
  [/^取組の背景$/, "background"],
  [/^事業概要/, "overview"],
  [/^事業の成果等$/, "results"],
  [/^予算推移$/, "budget"],
  [/^事業推進上の課題等$/, "issuesBlock"],
];

function splitOn(lines: string[], markers: RegExp[]): string[][] {
  const parts: string[][] = markers.map(() => []);
  const before: string[] = [];
  let current = before;
  for (const line of lines) {
    const i = markers.findIndex((m) => m.test(line));
    if (i >= 0) {
      current = parts[i];
      const rest = line.replace(markers[i], "").trim();
      if (rest) current.push(rest);
    } else current.push(line);
  }
  return [before, ...parts];
}

const text = (lines: string[]) => lines.join("\n").trim() || null;

const lines = source.split(/\r?\n/).map(clean).filter((l) => l.length > 0);
let themeArea = "";
let leader = "";
const cases: Record<string, unknown>[] = [];
let block: { theme: string; title: string; prefecture: string; sections: Record<Section, string[]> } | null = null;
let section: Section | null = null;

function flush() {
  if (!block) return;
  const s = block.sections;
  const [overviewLead, purpose, features] = splitOn(s.overview, [/^1[.\s]\s*事業目的/, /^2[.\s]\s*取組の特長(\s*[（(]特に工夫している部分に下線[)）>])?/]);
  const [, issues, proposals] = splitOn(s.issuesBlock, [/^(<事業推進上の(主な)?課題>|1 事業推進上の課題)/, /^(<横展開に向けての提言>|2 横展開に向けての提言)/]);
  const budget = parseBudgets(s.budget);
  const seq = cases.length + 1;
  cases.push({
    sourceKey: `004-${String(seq).padStart(2, "0")}`,
    prefectureCode: prefectureCodeOf(block.prefecture) ?? null,
    prefectureName: block.prefecture,
    title: block.title,
    themeArea,
    theme: block.theme,
    leader,
    background: text(s.background),
    purpose: text([...overviewLead, ...purpose]),
    features: text(features),
    results: text(s.results),
    issues: text(issues),
    proposals: text(proposals),
    budgetNote: budget.budgetNote,
    budgets: budget.budgets,
    tags: [],
  });
}

for (const line of lines) {
  const area = AREA.exec(line);
  if (area) themeArea = area[1];
  const lead = LEADER.exec(line);
  if (lead) leader = lead[1];
  const heading = HEADING.exec(line);
  if (heading && (heading[3] || heading[4])) {
    flush();
    const sections = { background: [], overview: [], results: [], budget: [], issuesBlock: [] };
    block = { theme: heading[1], title: heading[2], prefecture: heading[3] ?? heading[4], sections };
    section = null;
    continue;
  }
  if (!block) continue;
  const next = SECTION_OF.find(([re]) => re.test(line));
  if (next) {
    section = next[1];
    continue;
  }
  if (section) block.sections[section].push(line);
}
flush();

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ source: "source-004.txt", cases }, null, 2)}\n`);
console.log(`${cases.length} cases → ${out}`);
