// 審査一覧のCSV: the review queue as filtered on the page. The actor comes first.
import { fileResponse } from "@/lib/api/endpoint";
import { reviewQueueExportEndpoint } from "@/lib/api/endpoints";
import { getActor } from "@/lib/auth/current";
import { reviewQueueCsv } from "@/lib/reviews/queue";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  return fileResponse(reviewQueueExportEndpoint, request, async ({ query }) => ({
    body: await reviewQueueCsv(actor, query),
    fileName: "reviews.csv",
    displayName: "審査一覧.csv",
  }));
}
