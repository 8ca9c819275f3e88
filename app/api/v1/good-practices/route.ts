import { getRoute } from "@/lib/api/endpoint";
import { goodPracticesEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { listGoodPracticeDetails } from "@/lib/good-practices/queries";

export const GET = getRoute(goodPracticesEndpoint, async ({ query }) => {
  const cases = await listGoodPracticeDetails(publicActor, query);
  return {
    count: cases.length,
    data: cases.map(({ version: _version, fromSource: _fromSource, subjectPrefectureCode, ...c }) => ({ ...c, prefectureCode: subjectPrefectureCode })),
  };
});
