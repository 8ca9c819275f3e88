// Application files: accepted by content (not by name or declared type) and size, while the plan
// may change; served to the organisation and 本庁 only (another organisation: 404).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addApplicationAttachment, ATTACHMENT_MAX_BYTES, readApplicationAttachment } from "@/lib/applications/attachments";
import { createApplication } from "@/lib/applications/mutations";
import { submitApplication } from "@/lib/applications/lifecycle";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { completeContent, createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let staff: Actor;
let applicant: Actor;
let other: Actor;
let applicationId: string;

beforeAll(async () => {
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: (await createTestOrganisation(db)).id });
  other = await createUserActor(db, { role: "APPLICANT", organisationId: (await createTestOrganisation(db)).id });
  const call = await createTestCall(db);
  applicationId = (await createApplication(applicant, { callId: call.id, idempotencyKey: randomUUID(), content: completeContent() })).id;
});

const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);
const pdf = new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "latin1"));

describe("application attachments", () => {
  it("stores a PDF and serves it to the organisation and 本庁, 404 to others", async () => {
    const { id } = await addApplicationAttachment(applicant, applicationId, { name: "見積書.pdf", type: "application/pdf", bytes: pdf });
    expect((await readApplicationAttachment(applicant, applicationId, id)).contentType).toBe("application/pdf");
    expect((await readApplicationAttachment(staff, applicationId, id)).fileName).toBe("見積書.pdf");
    expect(await rejection(readApplicationAttachment(other, applicationId, id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(addApplicationAttachment(other, applicationId, { name: "x.pdf", type: "application/pdf", bytes: pdf }))).toBeInstanceOf(NotFoundError);
  });

  it("judges files by their bytes and size", async () => {
    const html = new Uint8Array(Buffer.from("<html><script>alert(1)</script>", "latin1"));
    expect(await rejection(addApplicationAttachment(applicant, applicationId, { name: "見積書.pdf", type: "application/pdf", bytes: html }))).toBeInstanceOf(ValidationError);
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(pdf);
    expect(await rejection(addApplicationAttachment(applicant, applicationId, { name: "big.pdf", type: "application/pdf", bytes: big }))).toBeInstanceOf(ValidationError);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const { id } = await addApplicationAttachment(applicant, applicationId, { name: "図面.txt", type: "text/plain", bytes: png });
    expect((await readApplicationAttachment(applicant, applicationId, id)).contentType).toBe("image/png");
  });

  it("refuses new files once submitted", async () => {
    const app = await db.subsidyApplication.findUniqueOrThrow({ where: { id: applicationId } });
    await submitApplication(applicant, { applicationId, expectedVersion: app.version });
    expect(await rejection(addApplicationAttachment(applicant, applicationId, { name: "late.pdf", type: "application/pdf", bytes: pdf }))).toBeInstanceOf(ConflictError);
  });
});
