// The source line every facility count carries: 出典: 北海道厚生局「届出受理医療機関名簿（医科）」令和7年10月1日現在.
import { sourceLine } from "@/lib/facilities/page-messages";

export function FacilitySource({ source }: { source: { publisher: string; title: string; asOf: string } }) {
  return <p>{sourceLine(source)}</p>;
}
