// The map's legend as text: each colour class with its range and how many regions fall in it,
// then the source of the figures. It sits outside the map, so it reads in order and zooms with
// the page.
import { NO_DATA_COLOUR, CHOROPLETH_BORDER, type MeasureClass } from "./map-measures";
import { mapMessages as m } from "./messages";

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-6 shrink-0 rounded-4 border"
      style={{ backgroundColor: colour, borderColor: CHOROPLETH_BORDER }}
    />
  );
}

export function MapLegend({
  title,
  classes,
  counts,
  noData,
  isRate,
  source,
}: {
  title: string;
  classes: MeasureClass[];
  /** Regions per class, in the order of `classes`. */
  counts: number[];
  /** Regions without a figure. */
  noData: number;
  isRate: boolean;
  source: string;
}) {
  return (
    <div className="rounded-8 border border-solid-gray-420 bg-white p-4" data-testid="map-legend">
      <h3 className="text-std-16B-170 text-solid-gray-900">{title}</h3>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-std-16N-170 text-solid-gray-900">
        {classes.map((c, i) => (
          <li key={c.from} className="inline-flex items-center gap-2">
            <Swatch colour={c.colour} />
            <span>
              {m.legendClass(c, isRate)}
              <span className="text-solid-gray-700">{m.legendCount(counts[i] ?? 0)}</span>
            </span>
          </li>
        ))}
        {noData > 0 ? (
          <li className="inline-flex items-center gap-2">
            <Swatch colour={NO_DATA_COLOUR} />
            <span>
              {m.noData}
              <span className="text-solid-gray-700">{m.legendCount(noData)}</span>
            </span>
          </li>
        ) : null}
      </ul>
      <p className="mt-3 text-dns-16N-130 text-solid-gray-700">{source}</p>
    </div>
  );
}
