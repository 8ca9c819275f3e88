import { Badge } from "./badge";
import { uiMessages } from "./messages";

/** Marks demo data (isSample) as 「サンプル」. */
export function SampleBadge() {
  return (
    <Badge tone="purple" title={uiMessages.sampleBadgeHint}>
      {uiMessages.sampleBadge}
    </Badge>
  );
}
