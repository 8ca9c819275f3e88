import { Notice } from "@/components/ui/notice";
import { homeMessages as m } from "@/lib/geography/messages";

/** Says that the 在宅医療圏 shown are provisional (one per 二次医療圏) until 本庁 enters the real ones. */
export function ProvisionalRegionsNotice({ className }: { className?: string }) {
  return (
    <div className={className}>
      <Notice title={m.provisionalTitle} tone="warning">
        {m.provisionalBody.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </Notice>
    </div>
  );
}
