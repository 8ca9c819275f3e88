// The base-map tile URL template from the environment (no server-only import: the portal's
// server reads it too, to allow the tiles' origin in the Content-Security-Policy).
export const DEFAULT_TILE_URL = "https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png";

/** http(s) or same-origin URL templates containing {z}, {x} and {y}; anything else draws no tiles. */
export function usableTileTemplate(url: string): boolean {
  return /^(https?:\/\/|\/)/.test(url) && ["{z}", "{x}", "{y}"].every((p) => url.includes(p));
}

/** PORTAL_MAP_TILE_URL (default 地理院タイル), trimmed; "" means no tiles. */
export function configuredTileUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PORTAL_MAP_TILE_URL ?? DEFAULT_TILE_URL).trim();
}
