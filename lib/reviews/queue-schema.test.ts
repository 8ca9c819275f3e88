import { describe, expect, it } from "vitest";
import { QueueFilterSchema } from "./queue-schema";

describe("the review queue's page parameter", () => {
  it("defaults to 1 and reads a page number from the query", () => {
    expect(QueueFilterSchema.parse({}).page).toBe(1);
    expect(QueueFilterSchema.parse({ page: "3" }).page).toBe(3);
    expect(QueueFilterSchema.parse({ page: ["2", "5"] }).page).toBe(2);
  });

  it("falls back to 1 for anything that is not a page number", () => {
    for (const page of ["0", "-1", "x", "1.5", ""]) expect(QueueFilterSchema.parse({ page }).page, page).toBe(1);
  });
});
