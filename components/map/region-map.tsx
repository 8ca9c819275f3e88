"use client";
// The region maps as pages use them. The GeoJSON is fetched after mount, so the server HTML stays
// light. The overview can colour its regions by counts of 在宅療養支援診療所・病院 that the page
// counted on the server; a legend and a table of the same figures sit below it.
import { useMemo, useState } from "react";
import type { RegionFeatureCollection } from "@/lib/geography/features";
import type { MapTileConfig } from "@/lib/geography/map-config";
import { MapChoiceSwitch } from "./map-choice-switch";
import { MapCountTable } from "./map-count-table";
import { MapFrame, MapStatus, RegionMapLeaflet } from "./map-frame";
import { MapLegend } from "./map-legend";
import { MapLevelSwitch } from "./map-level-switch";
import { MEASURES, isRate, type FacilityMapData, type Measure } from "./map-measures";
import { mapMessages as m, type SwitchLevel } from "./messages";
import type { MapLayer } from "./region-map-leaflet";
import { useMeasureFill } from "./use-measure-fill";
import { useRegionFeatures } from "./use-region-features";

/**
 * The prefecture's map with a level switch (在宅医療圏 / 二次医療圏 / 市町村) and, given
 * `facilities` (null: no list imported), a choice of colouring by facility counts.
 */
export function RegionMap({ tiles, asOf, facilities }: { tiles: MapTileConfig; asOf?: string; facilities?: FacilityMapData | null }) {
  const [level, setLevel] = useState<SwitchLevel>("homecare");
  const [measure, setMeasure] = useState<Measure>("none");
  const features = useRegionFeatures(level, asOf);
  // While another level loads, keep the last one on the map.
  const [shown, setShown] = useState<{ level: SwitchLevel; data: RegionFeatureCollection } | null>(null);
  if (features.status === "ready" && shown?.data !== features.data) setShown({ level, data: features.data });
  const first = useFirst(shown?.data ?? null);

  // The map's colours follow the level drawn; the table, the level chosen.
  const drawnLevel = shown?.level ?? level;
  const coloured = useMeasureFill(facilities?.levels[drawnLevel] ?? null, measure);
  const tableRows = facilities?.levels[level] ?? null;
  const tableFill = useMeasureFill(tableRows, measure);

  const status =
    features.status === "error"
      ? m.failed
      : features.status === "loading"
        ? m.loading
        : `${m.showing(m.levels[level])}${coloured ? m.colouredBy(m.measures[measure], m.levels[level]) : ""}`;
  const layers = useMemo<MapLayer[]>(
    () => (shown ? [{ key: `${shown.level}-${asOf ?? ""}-${coloured ? measure : "none"}`, variant: shown.level, data: shown.data, fill: coloured?.fill }] : []),
    [shown, asOf, coloured, measure],
  );
  return (
    <div className="space-y-4">
      <MapLevelSwitch value={level} onChange={setLevel} />
      {facilities ? (
        <MapChoiceSwitch legend={m.measureLegend} options={MEASURES.map((v) => ({ value: v, label: m.measures[v] }))} value={measure} onChange={setMeasure} />
      ) : null}
      <MapFrame label={m.overviewLabel} status={status} hints={[m.keyboardHint, m.pointerHint, m.provisionalLegend]}>
        {shown === null ? (
          <MapStatus>{features.status === "error" ? m.failed : m.loading}</MapStatus>
        ) : (
          <RegionMapLeaflet layers={layers} fitTo={first} tiles={tiles} asOf={asOf} />
        )}
      </MapFrame>
      {features.status === "error" && shown !== null ? <p className="text-std-16N-170 text-error-2">{m.failed}</p> : null}
      {facilities === null ? <p className="text-std-16N-170 text-solid-gray-800">{m.noCounts}</p> : null}
      {facilities && coloured && measure !== "none" ? (
        <MapLegend
          title={m.legendTitle(m.measureTitles[measure], m.levels[drawnLevel])}
          classes={coloured.classes}
          counts={coloured.counts}
          noData={coloured.noData}
          isRate={isRate(measure)}
          source={facilities.sourceLine}
        />
      ) : null}
      {facilities && tableRows ? (
        <div className="pt-4">
          <h3 className="mb-3 text-std-20B-150 text-solid-gray-900">{m.countsHeading(m.levels[level])}</h3>
          <MapCountTable
            level={level}
            rows={tableRows}
            measure={measure}
            classes={tableFill?.classes ?? []}
            asOfLabel={facilities.asOfLabel}
            source={facilities.sourceLine}
            linkAsOf={asOf}
          />
        </div>
      ) : null}
    </div>
  );
}

/** Keeps the first non-null value: the overview fits its bounds once, not on every switch. */
function useFirst<T>(value: T | null): T | null {
  const [first, setFirst] = useState<T | null>(null);
  if (first === null && value !== null) setFirst(value);
  return first ?? value;
}

/**
 * One 在宅医療圏: its outline over the other regions, with its members' boundaries inside, on
 * `asOf` (default today); links to other regions carry `linkAsOf` (the date the visitor asked for).
 */
export function RegionFocusMap({
  tiles,
  regionCode,
  regionName,
  asOf,
  linkAsOf,
}: {
  tiles: MapTileConfig;
  regionCode: string;
  regionName: string;
  asOf?: string;
  linkAsOf?: string;
}) {
  const regions = useRegionFeatures("homecare", asOf);
  const municipalities = useRegionFeatures("municipality", asOf);
  const layers = useMemo(() => {
    if (regions.status !== "ready" || municipalities.status !== "ready") return null;
    const pick = (fc: RegionFeatureCollection, keep: (f: RegionFeatureCollection["features"][number]) => boolean) => ({ ...fc, features: fc.features.filter(keep) });
    const focus = pick(regions.data, (f) => f.properties.code === regionCode);
    const members = pick(municipalities.data, (f) => f.properties.homeCareRegion?.code === regionCode);
    const context = pick(regions.data, (f) => f.properties.code !== regionCode);
    const list: MapLayer[] = [
      { key: `context-${regionCode}-${asOf ?? ""}`, variant: "context", data: context },
      { key: `members-${regionCode}-${asOf ?? ""}`, variant: "members", data: members },
      { key: `focus-${regionCode}-${asOf ?? ""}`, variant: "focus", data: focus },
    ];
    return { list, fitTo: focus.features.length > 0 ? focus : members };
  }, [regions, municipalities, regionCode, asOf]);

  const failed = regions.status === "error" || municipalities.status === "error";
  const status = failed ? m.failed : layers === null ? m.loading : m.showing(m.focusLabel(regionName));
  return (
    <MapFrame label={m.focusLabel(regionName)} status={status} hints={[m.keyboardHint, m.focusPointerHint]}>
      {layers === null ? (
        <MapStatus>{failed ? m.failed : m.loading}</MapStatus>
      ) : layers.fitTo.features.length === 0 ? (
        <MapStatus>{m.noBoundary}</MapStatus>
      ) : (
        <RegionMapLeaflet layers={layers.list} fitTo={layers.fitTo} tiles={tiles} asOf={linkAsOf} />
      )}
    </MapFrame>
  );
}
