// What an enrolment page shows: the secret being enrolled (made by the POST that began the
// enrolment, shown for ENROLMENT_TTL_MS), as a QR code and as text for those who type it in or
// hear it read out. Reading changes nothing.
import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { site } from "@/lib/site";
import { ENROLMENT_TTL_MS } from "./policy";
import { readSecret } from "./secrets";
import { groupSecret, otpauthUri } from "./totp";

export interface EnrolmentView {
  /** The secret grouped in fours, to type into an authenticator app. */
  secretText: string;
  /** The QR code (SVG) as a data: URL, rendered on the server. */
  qrDataUrl: string;
  account: string;
}

/** The enrolment under way for the user, or null when none was begun (or it is too old). */
export async function enrolmentView(userId: string, now = new Date()): Promise<EnrolmentView | null> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, mfaPendingSecret: true, mfaPendingCreatedAt: true } });
  if (!user.mfaPendingSecret || !user.mfaPendingCreatedAt || now.getTime() - user.mfaPendingCreatedAt.getTime() >= ENROLMENT_TTL_MS) return null;
  const secret = readSecret(user.mfaPendingSecret, userId);
  const svg = await QRCode.toString(otpauthUri(secret, user.email, site.name), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secretText: groupSecret(secret), qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, account: user.email };
}
