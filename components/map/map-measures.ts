// What the overview map can colour its regions by: counts of 在宅療養支援診療所・病院 from the
// official list (given by the page, counted on the server) and per 100,000 people. Pure: class
// breaks, colours and legend labels, shared by the map, its legend and its table.
import type { SwitchLevel } from "./messages";

export type Measure = "none" | "clinics" | "hospitals" | "clinicsPer100k" | "hospitalsPer100k";
export const MEASURES: Measure[] = ["none", "clinics", "hospitals", "clinicsPer100k", "hospitalsPer100k"];

/** One region's figures on the map (plain data from getFacilityCounts). */
export interface MapCountRow {
  code: string;
  name: string;
  population2020: number | null;
  clinics: number;
  hospitals: number;
  clinicsPer100k: number | null;
  hospitalsPer100k: number | null;
}

/** Everything the map needs to colour by facility counts; a level is null when it could not be counted. */
export interface FacilityMapData {
  /** 現在 date of the list (ISO). */
  asOf: string;
  /** 令和7年10月1日現在 */
  asOfLabel: string;
  /** 出典: … 現在 */
  sourceLine: string;
  levels: Record<SwitchLevel, MapCountRow[] | null>;
}

/** A choropleth over a map layer: each feature's fill, and a line for its tooltip, by region code. */
export interface LayerFill {
  colourOf: (code: string) => string;
  describe: (code: string) => string | null;
}

export function measureValue(row: MapCountRow, measure: Exclude<Measure, "none">): number | null {
  return row[measure];
}

export const isRate = (measure: Measure) => measure === "clinicsPer100k" || measure === "hospitalsPer100k";

/**
 * ColorBrewer YlGnBu (colour-blind safe, sequential), lightest first. The darkest class is kept
 * light enough that the near-black border still stands 3:1 against every fill.
 */
export const CLASS_COLOURS = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8"] as const;
/** Regions with no figure (population unknown): neutral grey, apart from the palette's hues. */
export const NO_DATA_COLOUR = "#d9d9d9";
/** Borders of coloured regions: #1a1a1a is 3:1 or more against every class colour and the sea. */
export const CHOROPLETH_BORDER = "#1a1a1a";

export interface MeasureClass {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound; null for the last (open) class. */
  to: number | null;
  /** The class holds zero only. */
  zero: boolean;
  colour: string;
}

const unique = (xs: number[]) => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);

/**
 * Classes for `values`: zero on its own (no facility is a finding, not a low count) and up to
 * four classes by quantile of the rest (five when nothing is zero), cut at values that occur.
 */
export function classBreaks(values: (number | null)[], rate: boolean): MeasureClass[] {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return [];
  const round = (x: number) => (rate ? Math.round(x * 10) / 10 : Math.round(x));
  const positive = known.filter((v) => v > 0);
  // Cuts are values that occur, so no class is empty.
  const cuts: number[] = [];
  if (known[0] === 0 && positive.length > 0) cuts.push(positive[0]); // [0, first positive)
  const wanted = known[0] === 0 ? 4 : 5;
  for (let k = 1; k < wanted; k++) {
    const q = positive[Math.floor((k * positive.length) / wanted)];
    if (q !== undefined) cuts.push(round(q));
  }
  const bounds = unique(cuts.filter((c) => c > known[0]).sort((a, b) => a - b));
  const froms = [known[0] === 0 ? 0 : round(known[0]), ...bounds];
  const colours = pickColours(froms.length);
  const zeroOnly = known[0] === 0;
  return froms.map((from, i) => ({ from, to: froms[i + 1] ?? null, zero: zeroOnly && i === 0, colour: colours[i] }));
}

/** n colours spread over the palette, lightest first. */
function pickColours(n: number): string[] {
  if (n >= CLASS_COLOURS.length) return [...CLASS_COLOURS];
  if (n === 1) return [CLASS_COLOURS[2]];
  return Array.from({ length: n }, (_, i) => CLASS_COLOURS[Math.round((i * (CLASS_COLOURS.length - 1)) / (n - 1))]);
}

export function classOf(value: number | null, classes: MeasureClass[]): MeasureClass | null {
  if (value === null) return null;
  for (let i = classes.length - 1; i >= 0; i--) if (value >= classes[i].from) return classes[i];
  return classes[0] ?? null;
}

export function colourOf(value: number | null, classes: MeasureClass[]): string {
  return classOf(value, classes)?.colour ?? NO_DATA_COLOUR;
}
