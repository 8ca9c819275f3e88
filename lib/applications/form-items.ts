// The plan's expense lines as the form edits them. Pure and client-safe: a new plan shows one
// empty line, and editing it makes it the plan's first line.
import type { DraftContent } from "./schema";

type Item = DraftContent["items"][number];

/** The lines the form shows: the plan's, or one empty line for a new plan. */
export function shownItems(content: DraftContent): Item[] {
  return content.items.length > 0 ? content.items : [{ itemCode: "" }];
}

/** The content with line n (as shown) changed. */
export function withItem(content: DraftContent, n: number, patch: Partial<Item>): DraftContent {
  return { ...content, items: shownItems(content).map((i, k) => (k === n ? { ...i, ...patch } : i)) };
}
