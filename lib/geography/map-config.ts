// Background tiles of the portal's maps, from the environment. An empty PORTAL_MAP_TILE_URL
// draws no tiles at all (tests, closed networks): the maps stay usable with polygons only.
import "server-only";
import { configuredTileUrl, usableTileTemplate } from "./tile-url";

export interface MapTileConfig {
  /** An XYZ template ({z}/{x}/{y}); empty = no background tiles. */
  url: string;
  /** HTML for Leaflet's attribution control (trusted: it comes from the operator's environment). */
  attribution: string;
}

const DEFAULT_TILE_ATTRIBUTION = '<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>';

export function mapTileConfig(): MapTileConfig {
  const url = configuredTileUrl();
  const attribution = process.env.PORTAL_MAP_TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION;
  if (url === "") return { url: "", attribution: "" };
  if (!usableTileTemplate(url)) {
    console.warn(`PORTAL_MAP_TILE_URL を無視します（{z}/{x}/{y} を含む http(s) のURLではありません）: ${url}`);
    return { url: "", attribution: "" };
  }
  return { url, attribution };
}
