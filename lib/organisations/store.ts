// Writing one organisation from validated input, shared by the forms and the import.
import "server-only";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { organisationMessages as m } from "./messages";
import type { Organisation } from "./schema";

type Tx = Prisma.TransactionClient;

/** The columns of an organisation for `input`; the municipality code becomes its id. */
export async function organisationData(tx: Tx, prefectureId: number, input: Organisation) {
  let municipalityId: number | null = null;
  if (input.municipalityCode) {
    const found = await tx.municipality.findFirst({ where: { prefectureId, code: input.municipalityCode }, select: { id: true } });
    if (!found) throw new ValidationError(m.unknownMunicipality(input.municipalityCode), { municipalityCode: [m.unknownMunicipality(input.municipalityCode)] });
    municipalityId = found.id;
  }
  return {
    type: input.type,
    name: input.name,
    nameKana: input.nameKana ?? null,
    corporateNumber: input.corporateNumber ?? null,
    postalCode: input.postalCode ?? null,
    address: input.address ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    municipalityId,
  };
}

export async function assertOrganisationNameFree(tx: Tx, prefectureId: number, name: string, exceptId?: number) {
  const taken = await tx.organisation.findFirst({ where: { prefectureId, name, id: exceptId ? { not: exceptId } : undefined }, select: { id: true } });
  if (taken) throw new ValidationError(m.nameTaken(name), { name: [m.nameTaken(name)] });
}
