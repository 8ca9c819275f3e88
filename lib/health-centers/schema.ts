// Input schemas of the 保健所 domain; shared by forms, server actions and tests. Dates may be typed
// in 和暦 (令和8年4月1日) or as YYYY-MM-DD; both become "YYYY-MM-DD".
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";
import { parseWarekiDate } from "@/lib/dates/wareki";
import { healthCenterMessages as m } from "./messages";

/** 和暦 or ISO text → "YYYY-MM-DD", or null when it is neither. */
export function parseDateInput(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  if (isIsoDate(t)) return t;
  return parseWarekiDate(t);
}

export const DateInput = z
  .string({ message: m.dateInvalid })
  .transform((v, ctx) => {
    const parsed = parseDateInput(v);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: m.dateInvalid });
      return z.NEVER;
    }
    return parsed;
  });

const OptionalDateInput = z.preprocess((v) => (v === "" || v === null ? undefined : v), DateInput.optional());
const OptionalText = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().optional());

export const OPERATORS = ["PREFECTURE", "MUNICIPALITY"] as const;

const HealthCenterFields = z.object({
  name: z.string().trim().min(1, { message: m.nameRequired }).max(40, { message: m.nameTooLong }),
  code: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().regex(/^\d{2,4}$/, { message: m.codeInvalid }).optional()),
  operator: z.enum(OPERATORS, { message: m.operatorInvalid }),
  operatingMunicipalityCode: OptionalText.pipe(z.string().regex(/^\d{5}$/, { message: m.unknownMunicipality("") }).optional()),
  validFrom: OptionalDateInput,
  validTo: OptionalDateInput,
});

function checkPeriod(v: { validFrom?: string; validTo?: string; operator: string; operatingMunicipalityCode?: string }, ctx: z.RefinementCtx) {
  if (v.validFrom && v.validTo && v.validTo <= v.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: m.periodInvalid });
  if (v.operator !== "MUNICIPALITY" && v.operatingMunicipalityCode) {
    ctx.addIssue({ code: "custom", path: ["operatingMunicipalityCode"], message: m.operatingCityForCityOnly });
  }
}

export const CreateHealthCenterSchema = HealthCenterFields.superRefine(checkPeriod);
export type CreateHealthCenterInput = z.input<typeof CreateHealthCenterSchema>;

export const UpdateHealthCenterSchema = HealthCenterFields.extend({
  expectedVersion: z.coerce.number().int().positive(),
}).superRefine(checkPeriod);
export type UpdateHealthCenterInput = z.input<typeof UpdateHealthCenterSchema>;

export const SetJurisdictionSchema = z.object({
  healthCenterId: z.coerce.number().int().positive(),
  municipalityCodes: z.array(z.string().regex(/^\d{5}$/)).min(1, { message: m.municipalitiesRequired }),
  effectiveOn: DateInput,
});
export type SetJurisdictionInput = z.input<typeof SetJurisdictionSchema>;

export const SetRegionLeadSchema = z.object({
  healthCenterId: z.coerce.number().int().positive(),
  regionCode: z.string().trim().regex(/^[0-9A-Za-z-]{1,16}$/, { message: m.unknownRegion("") }),
  effectiveOn: DateInput,
});
export type SetRegionLeadInput = z.input<typeof SetRegionLeadSchema>;
