import { describe, expect, it } from "vitest";
import { facilityCsvHref, parseFacilitySearchParams } from "./search-params";

describe("parseFacilitySearchParams", () => {
  it("reads every filter and keeps them, in a fixed order, for the CSV link", () => {
    const p = parseFacilitySearchParams({ type: "1", q: " きた在宅 ", kind: "clinic", region: "0104", municipality: "01102", asOf: "2025-10-01" });
    expect(p.errors).toEqual([]);
    expect(p.filter).toEqual({ region: "0104", municipality: "01102", q: "きた在宅", kind: "CLINIC", type: 1, asOf: "2025-10-01" });
    expect(p.query).toBe("region=0104&municipality=01102&q=%E3%81%8D%E3%81%9F%E5%9C%A8%E5%AE%85&kind=clinic&type=1&asOf=2025-10-01");
    expect(facilityCsvHref(p.query)).toBe(`/api/v1/facilities?${p.query}&format=csv`);
  });

  it("treats empty values as not given", () => {
    const p = parseFacilitySearchParams(new URLSearchParams("region=&municipality=&q=&kind=&type="));
    expect(p.errors).toEqual([]);
    expect(p.filter).toEqual({});
    expect(p.query).toBe("");
    expect(facilityCsvHref(p.query)).toBe("/api/v1/facilities?format=csv");
  });

  it("names each bad parameter in Japanese and leaves it out of the search", () => {
    const p = parseFacilitySearchParams({ type: "5", kind: "dentist", region: "札幌", asOf: "2025-02-30", q: "x".repeat(101), municipality: "1" });
    expect(p.errors.map((e) => e.param)).toEqual(["region", "municipality", "q", "kind", "type", "asOf"]);
    expect(p.errors.find((e) => e.param === "type")?.message).toContain("「type」");
    expect(p.errors.find((e) => e.param === "type")?.message).toContain("「5」");
    expect(p.errors.find((e) => e.param === "kind")?.message).toContain("「dentist」");
    expect(p.filter).toEqual({});
    expect(p.values.type).toBe("5");
  });

  it("refuses a parameter given twice", () => {
    const p = parseFacilitySearchParams(new URLSearchParams("type=1&type=2&kind=hospital"));
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0].param).toBe("type");
    expect(p.errors[0].message).toContain("複数");
    expect(p.filter).toEqual({ kind: "HOSPITAL" });
  });
});
