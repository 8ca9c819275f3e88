// The colouring of one level by one measure: its classes, how many regions each holds, and the
// fill the Leaflet layer draws (colour and tooltip line by region code).
import { useMemo } from "react";
import { classBreaks, classOf, colourOf, isRate, measureValue, type LayerFill, type MapCountRow, type Measure, type MeasureClass } from "./map-measures";
import { mapMessages as m } from "./messages";

export interface MeasureFill {
  classes: MeasureClass[];
  /** Regions per class, in the order of `classes`. */
  counts: number[];
  /** Regions without a figure. */
  noData: number;
  fill: LayerFill;
}

export function useMeasureFill(rows: MapCountRow[] | null, measure: Measure): MeasureFill | null {
  return useMemo(() => {
    if (!rows || measure === "none") return null;
    const rate = isRate(measure);
    const byCode = new Map(rows.map((r) => [r.code, measureValue(r, measure)]));
    const classes = classBreaks([...byCode.values()], rate);
    const counts = classes.map(() => 0);
    let noData = 0;
    for (const value of byCode.values()) {
      const c = classOf(value, classes);
      if (c) counts[classes.indexOf(c)] += 1;
      else noData += 1;
    }
    const fill: LayerFill = {
      colourOf: (code) => colourOf(byCode.get(code) ?? null, classes),
      describe: (code) => m.measureValue(m.measures[measure], byCode.get(code) ?? null, rate),
    };
    return { classes, counts, noData, fill };
  }, [rows, measure]);
}
