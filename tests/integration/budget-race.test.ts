// Done-when of issue 10: 20 commitments race at one budget that fits only some of them, many times
// over. Each commitment is its own transaction on its own connection (the pool is larger than the
// race), all started together; the budget row lock and the conditional update decide. Exactly
// those that fit succeed, the others get the budget message, and committed never exceeds the
// budget — in the running total and in the ledger.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { commitBudget } from "@/lib/budgets/ledger";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError } from "@/lib/errors";
import { createTestBudget } from "@/tests/factories/budgets";
import { createUserActor } from "@/tests/factories/users";

// More connections than racers, so the 20 transactions really run side by side (lib/db.ts).
process.env.DATABASE_POOL_SIZE = "24";

const db = createPrismaClient(process.env.DATABASE_URL!);
const RACERS = 20;
const ROUNDS = 20;
const AMOUNT = 100_000;
let staff: Actor;

beforeAll(async () => {
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF", displayName: "本庁 担当" });
});

describe("racing commitments at one budget", () => {
  it("lets exactly the commitments that fit succeed, round after round", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // Between 1 and 19 of the 20 fit; a few hundred yen over so the last one never fits.
      const fits = 1 + ((round * 7) % (RACERS - 1));
      const budgetYen = fits * AMOUNT + 50_000;
      const { budget } = await createTestBudget(db, { amountYen: budgetYen });
      const results = await Promise.allSettled(
        Array.from({ length: RACERS }, (_, i) =>
          commitBudget(staff, { budgetId: budget.id, amountYen: AMOUNT, reference: `race-${round}-${i}`, description: `競合テスト ${round}-${i}` }),
        ),
      );
      const ok = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(ok.length, `round ${round}`).toBe(fits);
      expect(refused.length).toBe(RACERS - fits);
      for (const r of refused) {
        expect(r.reason).toBeInstanceOf(ConflictError);
        expect(r.reason.message).toMatch(/^予算の残額が不足しているため、交付決定できません/);
        // The 残額 at the time it was refused, in 円: 50,000円 once the budget is full.
        expect(r.reason.message).toContain("残額 50,000円");
        expect(r.reason.message).toContain("100,000円");
      }
      const after = await db.budget.findUniqueOrThrow({ where: { id: budget.id } });
      expect(after.committedYen).toBe(fits * AMOUNT);
      expect(after.committedYen).toBeLessThanOrEqual(after.amountYen);
      const ledger = await db.budgetLedgerEntry.aggregate({ where: { budgetId: budget.id }, _sum: { amountYen: true }, _count: true });
      expect(ledger._count).toBe(fits);
      expect(ledger._sum.amountYen).toBe(after.committedYen);
      const audited = await db.auditEntry.count({ where: { action: "budget.commit", entityId: String(budget.id) } });
      expect(audited).toBe(fits);
    }
  }, 120_000);
});
