import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export interface PrefectureRef {
  id: number;
  code: string;
  name: string;
}

/**
 * The prefecture public pages and the API show: PORTAL_PREFECTURE (a JIS code) when set, else
 * the first one registered. Signed-in users act in their membership's prefecture.
 */
export const findPortalPrefecture = cache(async (): Promise<PrefectureRef | null> => {
  const code = process.env.PORTAL_PREFECTURE;
  return db().prefecture.findFirst({
    where: code ? { code } : undefined,
    orderBy: { id: "asc" },
    select: { id: true, code: true, name: true },
  });
}); // read once per request (a page asks several times)

export async function requirePortalPrefecture(): Promise<PrefectureRef> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture) throw new NotFoundError("都道府県のデータが登録されていません。");
  return prefecture;
}
