// Input schema of a change to the 在宅医療圏 definitions (the editor, its server actions and the
// domain). Every change names the version of each region it touches (optimistic concurrency).
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";

const IsoDate = z.string().refine(isIsoDate, { message: "適用日を正しい日付で入力してください" });
const RegionCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,16}$/, { message: "コードは半角英数字とハイフン（16文字以内）で入力してください" });
const Name = z.string().trim().min(1, { message: "名称を入力してください" }).max(40, { message: "名称は40文字以内で入力してください" });
const Kana = z
  .string()
  .trim()
  .max(80, { message: "よみがなは80文字以内で入力してください" })
  .regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]*$/u, { message: "よみがなはひらがなまたはカタカナで入力してください" })
  .optional()
  .transform((v) => (v ? v : undefined));
const MemberCodes = z.array(z.string().regex(/^\d{5}$/, { message: "市町村コードが正しくありません" })).min(1, { message: "市町村・行政区を1つ以上選んでください" });
const Versions = z.record(z.string(), z.number().int().positive());
const NewRegion = z.object({ code: RegionCode, name: Name, nameKana: Kana });

export const RegionChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("create"), effectiveOn: IsoDate, expectedVersions: Versions, region: NewRegion, memberCodes: MemberCodes }),
  z.object({ kind: z.literal("rename"), regionCode: RegionCode, expectedVersions: Versions, name: Name, nameKana: Kana }),
  z.object({
    kind: z.literal("split"),
    regionCode: RegionCode,
    effectiveOn: IsoDate,
    expectedVersions: Versions,
    successors: z.array(NewRegion.extend({ memberCodes: MemberCodes })).min(2, { message: "分割後の在宅医療圏を2つ以上指定してください" }),
  }),
  z.object({
    kind: z.literal("merge"),
    regionCodes: z.array(RegionCode).min(2, { message: "統合する在宅医療圏を2つ以上選んでください" }),
    effectiveOn: IsoDate,
    expectedVersions: Versions,
    successor: NewRegion,
  }),
  z.object({
    kind: z.literal("move"),
    fromRegionCode: RegionCode,
    toRegionCode: RegionCode,
    effectiveOn: IsoDate,
    expectedVersions: Versions,
    memberCodes: MemberCodes,
  }),
  z.object({
    kind: z.literal("official"),
    regionCode: RegionCode,
    expectedVersions: Versions,
    provisional: z.boolean(),
    source: z.string().trim().max(500, { message: "根拠は500文字以内で入力してください" }).optional(),
  }),
]);

export type RegionChange = z.infer<typeof RegionChangeSchema>;
export type RegionChangeKind = RegionChange["kind"];

/** New region codes a change introduces, each once. */
export function newRegionCodes(change: RegionChange): string[] {
  if (change.kind === "create") return [change.region.code];
  if (change.kind === "split") return change.successors.map((s) => s.code);
  if (change.kind === "merge") return [change.successor.code];
  return [];
}

/** Codes of the existing regions a change touches (their versions must be given). */
export function touchedRegionCodes(change: RegionChange): string[] {
  switch (change.kind) {
    case "create":
      return [];
    case "merge":
      return change.regionCodes;
    case "move":
      return [change.fromRegionCode, change.toRegionCode];
    default:
      return [change.regionCode];
  }
}
