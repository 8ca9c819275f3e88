// Input schemas of the organisation registry; shared by forms, server actions, the import and tests.
import { z } from "@/lib/zod";
import { isValidCorporateNumber } from "./corporate-number";
import { organisationMessages as m } from "./messages";

export const ORGANISATION_TYPES = [
  "MEDICAL_ASSOCIATION",
  "DENTAL_ASSOCIATION",
  "PHARMACEUTICAL_ASSOCIATION",
  "NURSING_ASSOCIATION",
  "MEDICAL_CORPORATION",
  "OTHER_FOUNDER",
  "MUNICIPALITY",
  "VISITING_NURSING_STATION",
  "RESIDENT_GROUP",
  "SOCIAL_WELFARE_CORPORATION",
  "SUPPORT_CENTER",
  "HEALTH_CENTER",
  "PREFECTURAL_OFFICE",
] as const;
export type OrganisationTypeName = (typeof ORGANISATION_TYPES)[number];

/** Blank text is "not given"; full-width digits and hyphens become half-width. */
const blank = (v: unknown) => (typeof v === "string" ? (v.normalize("NFKC").trim() === "" ? undefined : v.normalize("NFKC").trim()) : v);
const Optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

export const OrganisationFields = z.object({
  type: z.enum(ORGANISATION_TYPES, { message: m.typeInvalid }),
  name: z.string({ message: m.nameRequired }).trim().min(1, { message: m.nameRequired }).max(100, { message: m.nameTooLong }),
  nameKana: Optional(z.string().regex(/^[\p{Script=Katakana}ー・\s（）()]+$/u, { message: m.kanaInvalid }).max(200)),
  corporateNumber: Optional(
    z
      .string()
      .regex(/^\d{13}$/, { message: m.corporateNumberInvalid })
      .refine(isValidCorporateNumber, { message: m.corporateNumberCheckDigit }),
  ),
  postalCode: Optional(
    z
      .string()
      .regex(/^\d{3}-?\d{4}$/, { message: m.postalCodeInvalid })
      .transform((v) => `${v.replace("-", "").slice(0, 3)}-${v.replace("-", "").slice(3)}`),
  ),
  address: Optional(z.string().max(200, { message: m.addressTooLong })),
  phone: Optional(z.string().regex(/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/, { message: m.phoneInvalid })),
  email: Optional(z.email({ message: m.emailInvalid }).max(254, { message: m.emailInvalid })),
  municipalityCode: Optional(z.string().regex(/^\d{5}$/, { message: m.unknownMunicipality("") })),
});

function checkMunicipality(v: { type: string; municipalityCode?: string }, ctx: z.RefinementCtx) {
  if (v.type === "MUNICIPALITY" && !v.municipalityCode) ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: m.municipalityRequired });
  if (v.type !== "MUNICIPALITY" && v.municipalityCode) ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: m.municipalityOnlyForMunicipality });
}

export const OrganisationSchema = OrganisationFields.superRefine(checkMunicipality);
export type OrganisationInput = z.input<typeof OrganisationSchema>;
export type Organisation = z.output<typeof OrganisationSchema>;

export const UpdateOrganisationSchema = OrganisationFields.extend({ expectedVersion: z.coerce.number().int().positive() }).superRefine(checkMunicipality);
export type UpdateOrganisationInput = z.input<typeof UpdateOrganisationSchema>;

export const OrganisationFacilitySchema = z.object({
  category: z.enum(["MEDICAL", "DENTAL"], { message: m.institutionNumberInvalid }),
  institutionNumber: z.preprocess(blank, z.string({ message: m.institutionNumberInvalid }).regex(/^\d{7}$/, { message: m.institutionNumberInvalid })),
});
export type OrganisationFacilityInput = z.input<typeof OrganisationFacilitySchema>;

export const MergeOrganisationsSchema = z.object({
  survivorId: z.coerce.number().int().positive(),
  duplicateId: z.coerce.number().int().positive(),
  survivorVersion: z.coerce.number().int().positive(),
  duplicateVersion: z.coerce.number().int().positive(),
});
export type MergeOrganisationsInput = z.input<typeof MergeOrganisationsSchema>;

export const OrganisationSearchSchema = z.object({
  q: z.preprocess(blank, z.string().max(100).optional()),
  type: z.preprocess(blank, z.enum(ORGANISATION_TYPES).optional()).catch(undefined),
  municipalityCode: z.preprocess(blank, z.string().regex(/^\d{5}$/).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type OrganisationSearch = z.output<typeof OrganisationSearchSchema>;
