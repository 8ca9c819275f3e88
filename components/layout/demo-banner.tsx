import { connection } from "next/server";
import { shellMessages } from "./messages";

/**
 * Says, on every page of a demo portal, that what it shows includes sample data. The start
 * script sets PORTAL_DEMO at run time (embedded database, or DEMO_DATA=true).
 */
export async function DemoBanner() {
  await connection();
  if (process.env.PORTAL_DEMO !== "true") return null;
  return (
    <div role="note" className="border-b border-yellow-700 bg-yellow-100 px-4 py-2 text-center text-dns-14B-130 text-solid-gray-900">
      {shellMessages.demoBanner}
    </div>
  );
}
