// Properties of the subsidy arithmetic over random rules and applications (fast-check): the amount
// never exceeds any cap, the net cost, or the rate times the cost; it is whole thousands of yen and
// loses less than 1,000円 to rounding.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateSubsidy, type CalculationRule, type ItemBase, type MenuBase } from "./calculation";

const yen = fc.integer({ min: 0, max: 50_000_000 });
const qty = fc.integer({ min: 0, max: 500 });
const rate = fc.integer({ min: 1, max: 12 }).chain((d) => fc.record({ numerator: fc.integer({ min: 1, max: d }), denominator: fc.constant(d) }));
const itemBase: fc.Arbitrary<ItemBase> = fc.oneof(
  fc.constant({ kind: "NONE" as const }),
  yen.map((amountYen) => ({ kind: "FIXED" as const, amountYen })),
  fc.integer({ min: 0, max: 200_000 }).map((amountYen) => ({ kind: "PER_UNIT" as const, amountYen, unit: "BED" as const })),
);
const menuBase: fc.Arbitrary<MenuBase> = fc.oneof(
  fc.constant({ kind: "ITEMS_ONLY" as const }),
  yen.map((amountYen) => ({ kind: "FIXED" as const, amountYen })),
  fc.integer({ min: 0, max: 3_000_000 }).map((amountYen) => ({ kind: "PER_UNIT" as const, amountYen, unit: "FACILITY" as const })),
  fc.record({ A: yen, B: yen }).map((amountsYen) => ({ kind: "PER_APPLICANT_TYPE" as const, amountsYen })),
);

const scenario = fc
  .record({ base: menuBase, rate, itemBases: fc.array(itemBase, { minLength: 1, maxLength: 5 }) })
  .chain(({ base, rate, itemBases }) =>
    fc.record({
      rule: fc.constant<CalculationRule>({ base, rate, applicantTypes: ["A", "B"], items: itemBases.map((b, i) => ({ code: `i${i}`, base: b })) }),
      applicantType: fc.constantFrom("A", "B"),
      quantity: qty,
      items: fc.tuple(...itemBases.map(() => fc.record({ costYen: yen, quantity: qty }))),
      extraTotal: fc.option(yen, { nil: undefined }),
      otherIncomeYen: fc.option(yen, { nil: undefined }),
    }),
  );

describe("calculateSubsidy — properties", () => {
  it("never exceeds a cap, the net cost, or the rate times the cost", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const items = s.items.map((it, i) => ({ itemCode: `i${i}`, ...it }));
        const costSum = items.reduce((a, it) => a + it.costYen, 0);
        const totalProjectCostYen = s.extraTotal === undefined ? undefined : costSum + s.extraTotal;
        const r = calculateSubsidy(s.rule, { applicantType: s.applicantType, quantity: s.quantity, items, totalProjectCostYen, otherIncomeYen: s.otherIncomeYen });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const amount = BigInt(r.subsidyYen);
        const { numerator: n, denominator: d } = s.rule.rate;
        // Each item's own cap, and the menu's: computed here independently of the code under test.
        const itemCaps = items.map((it, i) => {
          const b = s.rule.items[i]!.base;
          const cost = BigInt(it.costYen);
          if (b.kind === "NONE") return cost;
          const cap = BigInt(b.amountYen!) * (b.kind === "PER_UNIT" ? BigInt(it.quantity) : BigInt(1));
          return cap < cost ? cap : cost;
        });
        const itemSum = itemCaps.reduce((a, b) => a + b, BigInt(0));
        const mb = s.rule.base;
        const menuCap =
          mb.kind === "ITEMS_ONLY" ? null
          : mb.kind === "PER_APPLICANT_TYPE" ? BigInt(mb.amountsYen[s.applicantType]!)
          : BigInt(mb.amountYen!) * (mb.kind === "PER_UNIT" ? BigInt(s.quantity) : BigInt(1));
        const total = BigInt(totalProjectCostYen ?? costSum);
        const income = BigInt(s.otherIncomeYen ?? 0);
        const net = total > income ? total - income : BigInt(0);

        expect(amount >= BigInt(0)).toBe(true);
        expect(amount % BigInt(1000)).toBe(BigInt(0));
        // Each item contributes at most its own cap, so the sum of the capped items bounds it:
        expect(amount <= itemSum).toBe(true);
        if (menuCap !== null) expect(amount <= menuCap).toBe(true);
        expect(amount <= net).toBe(true);
        // amount ≤ rate × cost, exactly: amount·d ≤ n·(each bound).
        expect(amount * BigInt(d) <= BigInt(n) * net).toBe(true);
        expect(amount * BigInt(d) <= BigInt(n) * itemSum).toBe(true);
        expect(amount * BigInt(d) <= BigInt(n) * BigInt(costSum)).toBe(true);
        // Nothing more is lost than the rounding: rate × eligible − amount < 1,000 (+ the floor).
        let eligible = menuCap !== null && menuCap < itemSum ? menuCap : itemSum;
        eligible = eligible < net ? eligible : net;
        expect(BigInt(n) * eligible - amount * BigInt(d) < BigInt(1000) * BigInt(d)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a lower applied rate never pays more than the ceiling", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 12 }), (s, k) => {
        const items = s.items.map((it, i) => ({ itemCode: `i${i}`, ...it }));
        const input = { applicantType: s.applicantType, quantity: s.quantity, items };
        const applied = { numerator: s.rule.rate.numerator, denominator: s.rule.rate.denominator * k };
        const full = calculateSubsidy(s.rule, input);
        const lower = calculateSubsidy(s.rule, { ...input, appliedRate: applied });
        if (!full.ok || !lower.ok) throw new Error("unexpected issues");
        expect(lower.subsidyYen).toBeLessThanOrEqual(full.subsidyYen);
      }),
      { numRuns: 500 },
    );
  });
});
