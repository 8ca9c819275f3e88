// A 在宅医療圏's boundary is the union of its members' boundaries (display quality: the source
// polygons are simplified). Computed when members change, stored with the region.
import polygonClipping, { type Geom } from "polygon-clipping";

export interface Geometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: unknown;
}

function asGeom(g: Geometry): Geom {
  return (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as Geom;
}

/** Union of Polygon/MultiPolygon geometries; null when none is given. */
export function unionBoundaries(geometries: (Geometry | null | undefined)[]): Geometry | null {
  const geoms = geometries.filter((g): g is Geometry => !!g && (g.type === "Polygon" || g.type === "MultiPolygon")).map(asGeom);
  if (geoms.length === 0) return null;
  const [first, ...rest] = geoms;
  const merged = polygonClipping.union(first, ...rest);
  return merged.length === 1 ? { type: "Polygon", coordinates: merged[0] } : { type: "MultiPolygon", coordinates: merged };
}
