// 本庁 uploads the 厚生局 list: read at once (about 4 s for the real file) and answered as the
// preview; nothing is counted until the commit. A file that cannot be read is a 422 with the
// reason in Japanese (the failed job stays in the import history, as it does for the page).
import { signedInRoute } from "@/lib/api/signed-in-route";
import { facilityImportCreateEndpoint } from "@/lib/api/endpoints";
import { ValidationError } from "@/lib/errors";
import { importFacilityList, maxImportBytes } from "@/lib/facilities/imports";
import { importMessages, listMessages } from "@/lib/facilities/messages";

/** Room for the multipart envelope around the file. */
const MULTIPART_SLACK = 64 * 1024;

export const POST = signedInRoute(
  facilityImportCreateEndpoint,
  async (actor, { body }) => {
    const job = await importFacilityList(actor, { name: body.file.name, bytes: new Uint8Array(await body.file.arrayBuffer()) });
    if (job.status === "FAILED") throw new ValidationError(job.error ?? importMessages.failedGeneric);
    return job;
  },
  () => ({ bodyLimit: { bytes: maxImportBytes() + MULTIPART_SLACK, message: listMessages.tooLarge(maxImportBytes()) } }),
);
