// Input schemas of the 在宅医療圏 domain; shared by forms, server actions and the API.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";

const IsoDate = z.string().refine(isIsoDate, { message: "日付は YYYY-MM-DD の形式で入力してください" });
const RegionCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,16}$/, { message: "コードは半角英数字とハイフン（16文字以内）で入力してください" });

export const SplitRegionSchema = z
  .object({
    regionCode: RegionCode,
    effectiveOn: IsoDate,
    expectedVersion: z.number().int().positive(),
    successors: z
      .array(
        z.object({
          code: RegionCode,
          name: z.string().trim().min(1, { message: "名称を入力してください" }).max(40, { message: "名称は40文字以内で入力してください" }),
          memberCodes: z.array(z.string().regex(/^\d{5}$/)).min(1, { message: "構成市町村を1つ以上選んでください" }),
        }),
      )
      .min(2, { message: "分割後の在宅医療圏を2つ以上指定してください" }),
  })
  .superRefine((v, ctx) => {
    const codes = v.successors.map((s) => s.code);
    codes.forEach((c, i) => {
      if (codes.indexOf(c) !== i) ctx.addIssue({ code: "custom", path: ["successors", i, "code"], message: `コード ${c} が重複しています` });
    });
  });

export type SplitRegionInput = z.infer<typeof SplitRegionSchema>;
