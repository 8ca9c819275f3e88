// Mail the portal sends. Every mail is kept in the outbox with its secrets (one-time links)
// replaced, so the outbox never holds a usable link. With SMTP_URL set, the mail is also sent —
// only after the transaction that queued it has committed — and the outcome recorded on the row.
import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const REDACTED = "［秘匿：画面で一度だけ表示］";

export interface Mail {
  prefectureId: number | null;
  to: string;
  subject: string;
  body: string;
  /** Strings that must never be stored: replaced by REDACTED in the outbox. */
  secrets: string[];
}

export interface QueuedMail {
  outboxId: string;
  /** Call after the transaction has committed. Never throws; failures are recorded on the row. */
  deliver: () => Promise<void>;
}

export function redact(text: string, secrets: string[]): string {
  // Longest first, so a link is replaced whole rather than around its token.
  const ordered = secrets.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return ordered.reduce((out, secret) => out.split(secret).join(REDACTED), text);
}

export async function sendMail(tx: Prisma.TransactionClient, mail: Mail): Promise<QueuedMail> {
  const row = await tx.outboxMail.create({
    data: {
      prefectureId: mail.prefectureId,
      toAddress: mail.to,
      subject: redact(mail.subject, mail.secrets),
      body: redact(mail.body, mail.secrets),
    },
    select: { id: true },
  });
  return { outboxId: row.id, deliver: () => deliver(row.id, mail) };
}

async function deliver(outboxId: string, mail: Mail): Promise<void> {
  const url = process.env.SMTP_URL;
  if (!url) return; // stays in the outbox for 本庁管理者 to read
  try {
    const transport = nodemailer.createTransport(url);
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? "no-reply@localhost",
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
    });
    await db().outboxMail.update({ where: { id: outboxId }, data: { sentAt: new Date(), error: null } });
  } catch (err) {
    const message = redact(err instanceof Error ? err.message : String(err), mail.secrets).slice(0, 500);
    console.error("[mail] could not send:", message);
    await db()
      .outboxMail.update({ where: { id: outboxId }, data: { error: message } })
      .catch((e: unknown) => console.error("[mail] could not record the failure:", e));
  }
}
