"use client";
// The Leaflet map itself, loaded only in the browser (region-map.tsx imports it with next/dynamic).
// Polygons only: no markers. Tiles are optional; without them the polygons on a light background
// still show Hokkaido.
import type { GeoJsonObject } from "geojson";
import L, { type Layer, type Path } from "leaflet";
import "leaflet/dist/leaflet.css";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { GeoJSON, MapContainer, TileLayer, ZoomControl, useMap } from "react-leaflet";
import type { RegionFeatureCollection, RegionFeatureProperties } from "@/lib/geography/features";
import type { MapTileConfig } from "@/lib/geography/map-config";
import { MAP_BACKGROUND, choroplethStyle, featureStyle, highlightStyle, isInteractive, linksToRegion, raisesOnHover, type LayerVariant } from "./map-styles";
import type { LayerFill } from "./map-measures";
import { mapMessages as m } from "./messages";
import styles from "./region-map.module.css";

export interface MapLayer {
  /** Changes whenever `data` or `fill` does: react-leaflet's GeoJSON reads them only once. */
  key: string;
  variant: LayerVariant;
  data: RegionFeatureCollection;
  fill?: LayerFill;
  /** Instead of opening the region's page, a click calls this with the feature's code (editor maps). */
  onSelect?: (code: string) => void;
}

export interface RegionMapLeafletProps {
  layers: MapLayer[];
  /** The map fits these features' bounds whenever this object changes. */
  fitTo: RegionFeatureCollection | null;
  tiles: MapTileConfig;
  /** Carried into the links, so a past date's map opens that date's region page. */
  asOf?: string;
}

const HOKKAIDO_CENTER: [number, number] = [43.45, 142.8];

function regionHref(variant: LayerVariant, p: RegionFeatureProperties, asOf?: string): string | null {
  if (!linksToRegion(variant)) return null;
  const code = p.level === "municipality" ? p.homeCareRegion?.code : p.code;
  if (!code) return null;
  return `/regions/${encodeURIComponent(code)}${asOf ? `?asOf=${asOf}` : ""}`;
}

/** Tooltip content as DOM text (never HTML), one line each. */
function tooltipContent(variant: LayerVariant, p: RegionFeatureProperties, href: string | null, fill?: LayerFill): HTMLElement {
  const box = document.createElement("div");
  const lines: [string, boolean][] = [[p.name, true], [m.tooltip.population(p.population2020), false]];
  const value = fill?.describe(p.code);
  if (value) lines.push([value, false]);
  if (p.provisional && variant === "homecare") lines.push([m.tooltip.provisional, false]);
  if (p.level === "municipality") lines.push([m.tooltip.homeCareRegion(p.homeCareRegion?.name ?? null), false]);
  if (href) lines.push([m.tooltip.open, false]);
  for (const [text, strong] of lines) {
    const line = document.createElement(strong ? "strong" : "div");
    line.textContent = text;
    if (strong) line.style.display = "block";
    box.append(line);
  }
  return box;
}

/** Names the focusable Leaflet surface; Leaflet itself gives it tabindex=0 (keyboard option). */
function SurfaceLabel() {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "application");
    el.setAttribute("aria-label", m.surfaceLabel);
  }, [map]);
  return null;
}

function FitToData({ data }: { data: RegionFeatureCollection | null }) {
  const map = useMap();
  useEffect(() => {
    if (!data || data.features.length === 0) return;
    const bounds = L.geoJSON(data as GeoJsonObject).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
  }, [map, data]);
  return null;
}

function RegionLayer({ layer, asOf }: { layer: MapLayer; asOf?: string }) {
  const router = useRouter();
  const { variant, fill } = layer;
  const styleOf = (p: RegionFeatureProperties | undefined) =>
    fill && p ? choroplethStyle(variant, p, fill.colourOf(p.code)) : featureStyle(variant, p);
  return (
    <GeoJSON
      data={layer.data as GeoJsonObject}
      interactive={isInteractive(variant)}
      attribution={m.boundaryAttribution}
      style={(feature) => styleOf(feature?.properties as RegionFeatureProperties | undefined)}
      onEachFeature={(feature, leafletLayer: Layer) => {
        if (!isInteractive(variant)) return;
        const p = feature.properties as RegionFeatureProperties;
        const href = layer.onSelect ? null : regionHref(variant, p, asOf);
        const path = leafletLayer as Path;
        if (!href && !layer.onSelect) path.options.className = styles.noLink;
        path.bindTooltip(() => tooltipContent(variant, p, href, fill), { sticky: true, direction: "top", className: styles.tooltip });
        path.on("mouseover", () => {
          path.setStyle(highlightStyle);
          if (raisesOnHover(variant)) path.bringToFront();
        });
        path.on("mouseout", () => path.setStyle(styleOf(p)));
        if (href) path.on("click", () => router.push(href));
        const select = layer.onSelect;
        if (select) path.on("click", () => select(p.code));
      }}
    />
  );
}

export default function RegionMapLeaflet({ layers, fitTo, tiles, asOf }: RegionMapLeafletProps) {
  return (
    <MapContainer
      center={HOKKAIDO_CENTER}
      zoom={6}
      minZoom={5}
      maxZoom={14}
      zoomSnap={0.5}
      zoomControl={false}
      scrollWheelZoom={false}
      keyboard
      className={styles.surface}
      style={{ height: "100%", width: "100%", background: MAP_BACKGROUND }}
    >
      <SurfaceLabel />
      <ZoomControl position="topleft" zoomInTitle={m.zoomIn} zoomOutTitle={m.zoomOut} />
      {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} maxNativeZoom={18} /> : null}
      {layers.map((layer) => (
        <RegionLayer key={layer.key} layer={layer} asOf={asOf} />
      ))}
      <FitToData data={fitTo} />
    </MapContainer>
  );
}
