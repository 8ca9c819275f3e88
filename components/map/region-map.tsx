"use client";
// The region maps as pages use them. Leaflet loads in the browser only (next/dynamic, ssr: false)
// and the GeoJSON is fetched after mount, so the server HTML stays light; the frame has a fixed
// height from the first paint, so nothing shifts when the map arrives.
import dynamic from "next/dynamic";
import { useMemo, useState, type ReactNode } from "react";
import type { RegionFeatureCollection } from "@/lib/geography/features";
import type { MapTileConfig } from "@/lib/geography/map-config";
import { MapLevelSwitch } from "./map-level-switch";
import { mapMessages as m, type SwitchLevel } from "./messages";
import type { MapLayer } from "./region-map-leaflet";
import { useRegionFeatures } from "./use-region-features";

const MAP_HEIGHT = "h-[400px] md:h-[520px]";

function MapStatus({ children }: { children: ReactNode }) {
  return (
    <div className="flex h-full items-center justify-center bg-blue-50 p-4 text-center text-std-16N-170 text-solid-gray-800">
      {children}
    </div>
  );
}

const RegionMapLeaflet = dynamic(() => import("./region-map-leaflet"), {
  ssr: false,
  loading: () => <MapStatus>{m.loading}</MapStatus>,
});

/** The sized, labelled frame every map sits in, with its text alternatives around it. */
function MapFrame({ label, status, hints, children }: { label: string; status: string; hints: string[]; children: ReactNode }) {
  return (
    <div>
      <p className="sr-only">{m.tableAlternative}</p>
      <div role="region" aria-label={label} className={`${MAP_HEIGHT} rounded-8 border border-solid-gray-420 bg-blue-50 p-2`}>
        {children}
      </div>
      <p role="status" className="sr-only">
        {status}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-dns-16N-130 text-solid-gray-700">
        {hints.map((hint) => (
          <li key={hint}>{hint}</li>
        ))}
      </ul>
    </div>
  );
}

/** The prefecture's map with a level switch (在宅医療圏 / 二次医療圏 / 市町村). */
export function RegionMap({ tiles, asOf }: { tiles: MapTileConfig; asOf?: string }) {
  const [level, setLevel] = useState<SwitchLevel>("homecare");
  const features = useRegionFeatures(level, asOf);
  // While another level loads, keep the last one on the map.
  const [shown, setShown] = useState<{ level: SwitchLevel; data: RegionFeatureCollection } | null>(null);
  if (features.status === "ready" && shown?.data !== features.data) setShown({ level, data: features.data });
  const first = useFirst(shown?.data ?? null);

  const status =
    features.status === "error" ? m.failed : features.status === "loading" ? m.loading : m.showing(m.levels[level]);
  return (
    <div className="space-y-4">
      <MapLevelSwitch value={level} onChange={setLevel} />
      <MapFrame label={m.overviewLabel} status={status} hints={[m.keyboardHint, m.pointerHint, m.provisionalLegend]}>
        {shown === null ? (
          <MapStatus>{features.status === "error" ? m.failed : m.loading}</MapStatus>
        ) : (
          <RegionMapLeaflet
            layers={[{ key: `${shown.level}-${asOf ?? ""}`, variant: shown.level, data: shown.data }]}
            fitTo={first}
            tiles={tiles}
            asOf={asOf}
          />
        )}
      </MapFrame>
      {features.status === "error" && shown !== null ? <p className="text-std-16N-170 text-error-2">{m.failed}</p> : null}
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
