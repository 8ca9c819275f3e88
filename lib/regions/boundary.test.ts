import { describe, expect, it } from "vitest";
import { unionBoundaries } from "./boundary";

const square = (x: number, y: number) => ({
  type: "Polygon" as const,
  coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]],
});

describe("unionBoundaries", () => {
  it("merges adjacent members into one polygon without the shared edge", () => {
    const merged = unionBoundaries([square(0, 0), square(1, 0)]);
    expect(merged?.type).toBe("Polygon");
    const ring = (merged!.coordinates as number[][][])[0];
    expect(ring.some(([x]) => x === 2)).toBe(true);
    expect(ring.some(([x, y]) => x === 1 && y === 0.5)).toBe(false);
  });

  it("keeps separate islands as a MultiPolygon and ignores members without a boundary", () => {
    const merged = unionBoundaries([square(0, 0), null, square(5, 5)]);
    expect(merged?.type).toBe("MultiPolygon");
    expect((merged!.coordinates as unknown[]).length).toBe(2);
    expect(unionBoundaries([])).toBeNull();
  });
});
