import { connection } from "next/server";
import { getSessionView } from "@/lib/auth/session-view";
import { SiteNav } from "./site-nav";

/** The navigation for whoever is signed in (entries with `roles` show only to those roles). */
export async function RoleNav() {
  await connection();
  const view = await getSessionView();
  return <SiteNav role={view?.role ?? null} />;
}
