import { describe, expect, it } from "vitest";
import { CreateHealthCenterSchema, parseDateInput, SetJurisdictionSchema } from "./schema";

describe("dates typed in 和暦 or ISO", () => {
  it("reads 令和, full-width digits and ISO dates", () => {
    expect(parseDateInput("令和9年4月1日")).toBe("2027-04-01");
    expect(parseDateInput("令和１２年４月１日")).toBe("2030-04-01");
    expect(parseDateInput(" 2027-04-01 ")).toBe("2027-04-01");
    expect(parseDateInput("2027-02-30")).toBeNull();
    expect(parseDateInput("来年の春")).toBeNull();
  });

  it("gives the form a Japanese message for an unreadable date", () => {
    const parsed = SetJurisdictionSchema.safeParse({ healthCenterId: "1", municipalityCodes: ["01229"], effectiveOn: "4/1" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toContain("令和8年4月1日");
  });
});

describe("a health centre's details", () => {
  it("refuses an end before the start and a city for a 道立 centre", () => {
    const parsed = CreateHealthCenterSchema.safeParse({ name: "試験保健所", operator: "PREFECTURE", operatingMunicipalityCode: "01229", validFrom: "令和9年4月1日", validTo: "2027-03-31" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0]).sort()).toEqual(["operatingMunicipalityCode", "validTo"]);
  });
});
