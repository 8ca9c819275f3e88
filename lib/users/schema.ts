// Input schemas of user administration; shared by forms, server actions and tests.
import { z } from "@/lib/zod";
import { userMessages as m } from "./messages";

export const ROLES = ["PREFECTURE_ADMIN", "PREFECTURE_STAFF", "HEALTH_CENTER", "APPLICANT", "VIEWER"] as const;
export type RoleName = (typeof ROLES)[number];

const Role = z.enum(ROLES, { message: m.roleInvalid });
/** An optional id from a <select>: "" means none. */
const OptionalId = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v) : v),
    z.number({ message: m.idInvalid(label) }).int({ message: m.idInvalid(label) }).positive({ message: m.idInvalid(label) }).optional(),
  );

export const InviteUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, { message: m.emailTooLong }).pipe(z.email({ message: m.emailInvalid })),
  displayName: z.string().trim().min(1, { message: m.displayNameRequired }).max(60, { message: m.displayNameTooLong }),
  role: Role,
  organisationId: OptionalId(m.field.organisationId),
  healthCenterId: OptionalId(m.field.healthCenterId),
});
export type InviteUserInput = z.input<typeof InviteUserSchema>;

export const ChangeMembershipSchema = z.object({
  userId: z.uuid({ message: m.idInvalid("利用者") }),
  role: Role,
  organisationId: OptionalId(m.field.organisationId),
  healthCenterId: OptionalId(m.field.healthCenterId),
  expectedVersion: z.coerce.number().int().positive(),
});
export type ChangeMembershipInput = z.input<typeof ChangeMembershipSchema>;

export const AcceptInvitationSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: m.tokenInvalid }),
    password: z.string().min(1, { message: m.passwordRequired }).max(1024),
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: m.passwordMismatch });
export type AcceptInvitationInput = z.input<typeof AcceptInvitationSchema>;
