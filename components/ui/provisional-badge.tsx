import { Badge } from "./badge";
import { uiMessages } from "./messages";

/** Marks a definition that is not yet the official one as 「暫定」. */
export function ProvisionalBadge() {
  return (
    <Badge tone="orange" title={uiMessages.provisionalBadgeHint}>
      {uiMessages.provisionalBadge}
    </Badge>
  );
}
