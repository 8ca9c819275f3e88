import { describe, expect, it } from "vitest";
import type { EditorRegion } from "@/lib/regions/editor-queries";
import { buildChange, initialDraft, proposalGroups } from "./draft";

const region = (code: string, name: string, members: string[], version = 1): EditorRegion => ({
  code,
  name,
  nameKana: null,
  provisional: true,
  definitionSource: null,
  version,
  validFrom: "2024-04-01",
  validTo: null,
  secondaryName: name,
  members: members.map((c) => ({ code: c, name: `m${c}`, cityName: null })),
});

describe("the editor's draft", () => {
  const tokachi = region("0119", "十勝", ["01207", "01631", "01632"], 3);
  const regions = [tokachi, region("0120", "釧路", ["01206"])];

  it("builds a split from the members' assignment, with every region's version", () => {
    const draft = { ...initialDraft(tokachi), successors: [{ code: "E", name: "東", nameKana: "" }, { code: "W", name: "西", nameKana: "ニシ" }], assign: { "01207": 1, "01631": 0, "01632": 1 } };
    expect(buildChange("split", tokachi, "2027-04-01", draft, regions)).toEqual({
      kind: "split",
      regionCode: "0119",
      effectiveOn: "2027-04-01",
      expectedVersions: { "0119": 3, "0120": 1 },
      successors: [
        { code: "E", name: "東", nameKana: undefined, memberCodes: ["01631"] },
        { code: "W", name: "西", nameKana: "ニシ", memberCodes: ["01207", "01632"] },
      ],
    });
  });

  it("colours the proposal: split by successor, move as moving and staying", () => {
    const draft = { ...initialDraft(tokachi), assign: { "01207": 1 }, to: "0120", picked: ["01631"] };
    expect([...proposalGroups("split", tokachi, draft, regions).groupOf]).toEqual([["01207", 1]]);
    const move = proposalGroups("move", tokachi, draft, regions).groupOf;
    expect([move.get("01631"), move.get("01207"), move.get("01206")]).toEqual([0, 1, 1]);
  });
});
