// Input of creating a personal API token; shared by the form, the server action and tests.
import { z } from "@/lib/zod";
import { apiTokenMessages as m } from "./messages";

/** Validity periods offered (days); never more than a year. */
export const EXPIRY_CHOICES = [30, 90, 365] as const;
export const DEFAULT_EXPIRY_DAYS = 90;
/** Live (not revoked, not expired) tokens one user may hold. */
export const MAX_LIVE_TOKENS = 10;

export const CreateApiTokenSchema = z.object({
  name: z.string().trim().min(1, { message: m.nameRequired }).max(60, { message: m.nameTooLong }),
  expiresInDays: z.coerce
    .number({ message: m.expiryInvalid })
    .refine((d) => (EXPIRY_CHOICES as readonly number[]).includes(d), { message: m.expiryInvalid }),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;
