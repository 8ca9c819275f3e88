// Validity periods [valid_from, valid_to) at day grain (docs/decisions/0005-validity-periods.md):
// the one predicate every "as of a date" query uses.
import { dateOnly } from "@/lib/dates/date-only";

function day(date: string | Date): Date {
  return typeof date === "string" ? dateOnly(date) : date;
}

/** Rows valid on `date`: valid_from <= date < valid_to (valid_to NULL = open). */
export function validOn(date: string | Date) {
  const d = day(date);
  return { validFrom: { lte: d }, OR: [{ validTo: null }, { validTo: { gt: d } }] };
}

/** The same where valid_from may be NULL (valid from the start). */
export function validOnOptionalStart(date: string | Date) {
  const d = day(date);
  return {
    AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: d } }] }, { OR: [{ validTo: null }, { validTo: { gt: d } }] }],
  };
}
