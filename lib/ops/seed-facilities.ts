// Demo only: imports the real 届出受理医療機関名簿 shipped in prisma/data (北海道厚生局, 令和7年10月1日
// 現在), so a fresh portal shows real counts. The same parser and commit as 本庁's import; the
// system is the actor. Idempotent: a list already imported (same file) is left alone.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { systemActor } from "../auth/actor";
import type { Db } from "../db-client";
import { commitStaged, loadAddressMatcher, stageList } from "../facilities/import-store";
import { parseOfficialList } from "../facilities/official-list";
import { repoRoot } from "./paths";
import { loadManifest, type ReferenceManifest } from "./reference-manifest";

/** The demo seed's import job has a fixed id, so tests can open its page. */
export const DEMO_FACILITY_IMPORT_ID = "00000000-0000-4000-8000-0000000000f1";

export async function seedFacilityList(db: Db, manifest: ReferenceManifest = loadManifest()): Promise<boolean> {
  const file = manifest.files.facilityList;
  if (!file) return false;
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: manifest.prefecture.code } });
  const bytes = await readFile(path.join(repoRoot, "prisma", "data", manifest.dataDir, file));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const done = await db.facilitySnapshot.findUnique({ where: { prefectureId_sha256: { prefectureId: prefecture.id, sha256 } } });
  if (done) return false;

  const list = await parseOfficialList(bytes, { prefecture: { code: prefecture.code, name: prefecture.name } });
  const job = await db.facilityImport.create({
    data: { id: DEMO_FACILITY_IMPORT_ID, prefectureId: prefecture.id, fileName: path.basename(file), sizeBytes: bytes.length, sha256 },
  });
  await stageList(db, job.id, list, await loadAddressMatcher(db, prefecture.id, prefecture.name));
  await db.$transaction((tx) => commitStaged(tx, job.id, systemActor("demo-seed")), { timeout: 60_000 });
  return true;
}
