// 文書番号 (ADR 0025): one sequence per prefecture and 年度, shared by 交付決定通知書 and 確定通知書.
// The number is taken in the issuing transaction with an upsert that row-locks the sequence row until
// commit: concurrent issues queue, and a rolled-back issue gives its number back — no gaps, no twins.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDocumentNumber } from "./document-number";

export async function takeDocumentNumber(tx: Prisma.TransactionClient, prefectureId: number, fiscalYear: number): Promise<{ number: number; text: string }> {
  const rows = await tx.$queryRaw<{ last_number: number }[]>`
    INSERT INTO document_number_sequence (prefecture_id, fiscal_year, last_number) VALUES (${prefectureId}, ${fiscalYear}, 1)
    ON CONFLICT (prefecture_id, fiscal_year) DO UPDATE SET last_number = document_number_sequence.last_number + 1
    RETURNING last_number`;
  const number = Number(rows[0].last_number);
  return { number, text: formatDocumentNumber(fiscalYear, number) };
}
