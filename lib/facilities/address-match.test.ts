import { describe, expect, it } from "vitest";
import { createAddressMatcher, type MatchableMunicipality } from "./address-match";

const municipalities: MatchableMunicipality[] = [
  { id: 1, code: "01100", name: "札幌市", kind: "DESIGNATED_CITY", district: null },
  { id: 2, code: "01101", name: "札幌市中央区", kind: "WARD", district: null },
  { id: 3, code: "01102", name: "札幌市北区", kind: "WARD", district: null },
  { id: 4, code: "01202", name: "函館市", kind: "CITY", district: null },
  { id: 5, code: "01408", name: "余市町", kind: "TOWN", district: "余市郡" },
  { id: 6, code: "01361", name: "江差町", kind: "TOWN", district: "檜山郡" },
  { id: 7, code: "01303", name: "当別町", kind: "TOWN", district: "石狩郡" },
  { id: 8, code: "01235", name: "石狩市", kind: "CITY", district: null },
  { id: 9, code: "01403", name: "泊村", kind: "VILLAGE", district: "古宇郡" },
  // Two towns of one name in different 郡: the bare name is ambiguous, the 郡 + name is not.
  { id: 10, code: "09001", name: "同名町", kind: "TOWN", district: "東郡" },
  { id: 11, code: "09002", name: "同名町", kind: "TOWN", district: "西郡" },
];
const match = createAddressMatcher(municipalities, "北海道");

describe("createAddressMatcher", () => {
  it("matches a city by its name", () => {
    expect(match("函館市五稜郭町１番１号")).toBe(4);
    expect(match("石狩市花川北６条１丁目")).toBe(8);
  });

  it("matches a town or village written with its 郡, and without it", () => {
    expect(match("余市郡余市町黒川町１９丁目")).toBe(5);
    expect(match("余市町黒川町１９丁目")).toBe(5);
    expect(match("古宇郡泊村大字茅沼村")).toBe(9);
    expect(match("石狩郡当別町白樺町")).toBe(7);
  });

  it("matches a 札幌市 address to its ward, never to the city", () => {
    expect(match("札幌市中央区北３条西６丁目")).toBe(2);
    expect(match("札幌市北区北７条西５丁目")).toBe(3);
    expect(match("札幌市")).toBeNull();
    expect(match("札幌市その他１丁目")).toBeNull();
  });

  it("ignores a leading 北海道, spaces and full-width forms", () => {
    expect(match("北海道函館市五稜郭町")).toBe(4);
    expect(match("北海道 札幌市 中央区 南１条")).toBe(2);
    expect(match("　函館市　本町")).toBe(4);
  });

  it("treats 桧 and 檜 as one character", () => {
    expect(match("桧山郡江差町字中歌町")).toBe(6);
    expect(match("檜山郡江差町字中歌町")).toBe(6);
  });

  it("matches nothing it does not know, or cannot tell apart", () => {
    expect(match("架空郡架空町１－２")).toBeNull();
    expect(match("青森県青森市長島１丁目")).toBeNull();
    expect(match("")).toBeNull();
    expect(match(null)).toBeNull();
    expect(match("同名町１番地")).toBeNull();
    expect(match("東郡同名町１番地")).toBe(10);
    expect(match("西郡同名町１番地")).toBe(11);
  });
});
