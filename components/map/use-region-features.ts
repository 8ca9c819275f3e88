"use client";
// Loads the boundary GeoJSON of one map level from the public API after the page has mounted, so
// the server HTML stays small. Each level and date is fetched once per page load.
import { useEffect, useState } from "react";
import type { MapLevel, RegionFeatureCollection } from "@/lib/geography/features";

const cache = new Map<string, Promise<RegionFeatureCollection>>();

function featuresUrl(level: MapLevel, asOf?: string): string {
  const params = new URLSearchParams({ level });
  if (asOf) params.set("asOf", asOf);
  return `/api/v1/regions.geojson?${params}`;
}

function loadFeatures(level: MapLevel, asOf?: string): Promise<RegionFeatureCollection> {
  const url = featuresUrl(level, asOf);
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, { headers: { Accept: "application/geo+json" } }).then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json() as Promise<RegionFeatureCollection>;
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

export type FeaturesState =
  | { status: "loading"; data?: undefined }
  | { status: "ready"; data: RegionFeatureCollection }
  | { status: "error"; data?: undefined };

/** The features of `level` on `asOf`; null level = nothing to load. */
export function useRegionFeatures(level: MapLevel | null, asOf?: string): FeaturesState {
  const key = level ? featuresUrl(level, asOf) : "";
  const [result, setResult] = useState<{ key: string; state: FeaturesState }>({ key: "", state: { status: "loading" } });

  useEffect(() => {
    if (!level) return;
    let current = true;
    loadFeatures(level, asOf).then(
      (data) => current && setResult({ key: featuresUrl(level, asOf), state: { status: "ready", data } }),
      (err: unknown) => {
        console.error(err);
        if (current) setResult({ key: featuresUrl(level, asOf), state: { status: "error" } });
      },
    );
    return () => {
      current = false;
    };
  }, [level, asOf]);

  return result.key === key ? result.state : { status: "loading" };
}
