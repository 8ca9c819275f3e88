-- AlterTable
ALTER TABLE "subsidy_expense_item" ALTER COLUMN "base_kind" DROP NOT NULL;

-- Hand-written: an item has a fixed or per-unit 基準額, or none at all (listed in prisma/schema-extras.ts).
ALTER TABLE "subsidy_expense_item" DROP CONSTRAINT "subsidy_expense_item_base_check";
ALTER TABLE "subsidy_expense_item" ADD CONSTRAINT "subsidy_expense_item_base_check" CHECK (
  ("base_kind" IS NULL AND "base_amount_yen" IS NULL AND "base_unit" IS NULL)
  OR (
    "base_kind" IN ('FIXED', 'PER_UNIT')
    AND ("base_amount_yen" IS NULL OR "base_amount_yen" >= 0)
    AND (("base_kind" = 'PER_UNIT') = ("base_unit" IS NOT NULL))
  )
);
