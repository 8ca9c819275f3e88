// How each kind of map layer is drawn. Colours are DADS tokens as hex (SVG attributes cannot read
// CSS variables); strokes are dark enough for 3:1 against the light background and the fills.
import type { PathOptions } from "leaflet";
import type { RegionFeatureProperties } from "@/lib/geography/features";
import { CHOROPLETH_BORDER } from "./map-measures";

/** overview levels, and on a region's page: context (other regions), members, focus (the region). */
export type LayerVariant = "homecare" | "secondary" | "municipality" | "context" | "members" | "focus";

/** The light sea behind the polygons when no tiles are drawn. */
export const MAP_BACKGROUND = "#e8f1fe"; // blue-50

const PROVISIONAL_DASH = "6 4";

const base: Record<LayerVariant, PathOptions> = {
  homecare: { color: "#0017c1", weight: 1.5, fillColor: "#9db7f9", fillOpacity: 0.55 }, // blue-900 / blue-300
  secondary: { color: "#115a36", weight: 1.5, fillColor: "#9bd4b5", fillOpacity: 0.6 }, // green-900 / green-200
  municipality: { color: "#264af4", weight: 1, fillColor: "#c5d7fb", fillOpacity: 0.6 }, // blue-700 / blue-200
  context: { color: "#666666", weight: 1, fillColor: "#e6e6e6", fillOpacity: 0.7 }, // solid-gray-600 / -100
  members: { color: "#264af4", weight: 1, fillColor: "#9db7f9", fillOpacity: 0.55 }, // blue-700 / blue-300
  focus: { color: "#000071", weight: 4, fill: false }, // blue-1100
};

/** Hover: yellow fill and a black edge, as DADS marks focus. */
export const highlightStyle: PathOptions = { color: "#000000", weight: 3, fillColor: "#ffd43d", fillOpacity: 0.85 };

export function featureStyle(variant: LayerVariant, properties: RegionFeatureProperties | undefined): PathOptions {
  const provisional = properties?.provisional === true && (variant === "homecare" || variant === "context" || variant === "focus");
  return { ...base[variant], dashArray: provisional ? PROVISIONAL_DASH : undefined };
}

/** A region coloured by a measure: opaque fill (the legend's colours exactly), near-black edge. */
export function choroplethStyle(variant: LayerVariant, properties: RegionFeatureProperties, fillColor: string): PathOptions {
  return { ...featureStyle(variant, properties), color: CHOROPLETH_BORDER, weight: variant === "municipality" ? 0.75 : 1.25, fillColor, fillOpacity: 1 };
}

/** Layers whose features open a region page when clicked. */
export function linksToRegion(variant: LayerVariant): boolean {
  return variant === "homecare" || variant === "municipality" || variant === "context";
}

/** Layers that can be hovered (the focus outline lies on top and lets the pointer through). */
export function isInteractive(variant: LayerVariant): boolean {
  return variant !== "focus";
}

/** Whether a hovered feature is raised above its neighbours (not inside a region's page, where
    that would hide the region's outline). */
export function raisesOnHover(variant: LayerVariant): boolean {
  return variant === "homecare" || variant === "secondary" || variant === "municipality";
}
