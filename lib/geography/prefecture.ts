import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export interface PrefectureRef {
  id: number;
  code: string;
  name: string;
}

/** Reference data that changes only with a seed: kept per process for a minute (every page asks). */
const KEEP_MS = 60_000;
const kept = new Map<string, { at: number; value: PrefectureRef }>();

/**
 * The prefecture public pages and the API show: PORTAL_PREFECTURE (a JIS code) when set, else
 * the first one registered. Signed-in users act in their membership's prefecture. Read once per
 * request (a page asks several times) and kept per process and database for a minute.
 */
export const findPortalPrefecture = cache(async (): Promise<PrefectureRef | null> => {
  const code = process.env.PORTAL_PREFECTURE;
  const key = `${process.env.DATABASE_URL ?? ""}\n${code ?? ""}`;
  const hit = kept.get(key);
  if (hit && Date.now() - hit.at < KEEP_MS) return hit.value;
  const value = await db().prefecture.findFirst({
    where: code ? { code } : undefined,
    orderBy: { id: "asc" },
    select: { id: true, code: true, name: true },
  });
  if (value) kept.set(key, { at: Date.now(), value });
  return value;
});

export async function requirePortalPrefecture(): Promise<PrefectureRef> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture) throw new NotFoundError("都道府県のデータが登録されていません。");
  return prefecture;
}
