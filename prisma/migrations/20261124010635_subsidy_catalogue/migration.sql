-- CreateEnum
CREATE TYPE "subsidy_base_kind" AS ENUM ('ITEMS_ONLY', 'FIXED', 'PER_UNIT', 'PER_APPLICANT_TYPE');

-- CreateEnum
CREATE TYPE "subsidy_unit" AS ENUM ('BED', 'HOUR', 'MONTH', 'FACILITY');

-- CreateEnum
CREATE TYPE "subsidy_applicant_type" AS ENUM ('MEDICAL_INSTITUTION', 'HOSPITAL', 'CLINIC', 'MEDICAL_ASSOCIATION', 'MUNICIPALITY', 'REMOTE_MUNICIPALITY', 'VISITING_NURSING_STATION', 'WELFARE_CORPORATION', 'RESIDENT_GROUP', 'CORE_INSTITUTION', 'SUPPORTING_INSTITUTION', 'SUPPORTED_INSTITUTION');

-- CreateTable
CREATE TABLE "subsidy_programme" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "subsidy_programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_menu" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_menu_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_rule_set" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "copied_from_id" INTEGER,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subsidy_rule_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_menu_rule" (
    "id" SERIAL NOT NULL,
    "rule_set_id" INTEGER NOT NULL,
    "menu_id" INTEGER NOT NULL,
    "base_kind" "subsidy_base_kind" NOT NULL,
    "base_amount_yen" INTEGER,
    "base_unit" "subsidy_unit",
    "rate_numerator" INTEGER NOT NULL,
    "rate_denominator" INTEGER NOT NULL,
    "conditions" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subsidy_menu_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_menu_rule_applicant" (
    "rule_id" INTEGER NOT NULL,
    "applicant_type" "subsidy_applicant_type" NOT NULL,
    "base_amount_yen" INTEGER,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "subsidy_menu_rule_applicant_pkey" PRIMARY KEY ("rule_id","applicant_type")
);

-- CreateTable
CREATE TABLE "subsidy_expense_item" (
    "id" SERIAL NOT NULL,
    "rule_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "base_kind" "subsidy_base_kind" NOT NULL,
    "base_amount_yen" INTEGER,
    "base_unit" "subsidy_unit",
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "subsidy_expense_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_programme_prefecture_id_code_key" ON "subsidy_programme"("prefecture_id", "code");

-- CreateIndex
CREATE INDEX "subsidy_menu_programme_id_idx" ON "subsidy_menu"("programme_id");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_menu_prefecture_id_code_key" ON "subsidy_menu"("prefecture_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_rule_set_prefecture_id_fiscal_year_key" ON "subsidy_rule_set"("prefecture_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "subsidy_menu_rule_menu_id_idx" ON "subsidy_menu_rule"("menu_id");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_menu_rule_rule_set_id_menu_id_key" ON "subsidy_menu_rule"("rule_set_id", "menu_id");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_expense_item_rule_id_code_key" ON "subsidy_expense_item"("rule_id", "code");

-- AddForeignKey
ALTER TABLE "subsidy_programme" ADD CONSTRAINT "subsidy_programme_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_menu" ADD CONSTRAINT "subsidy_menu_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_menu" ADD CONSTRAINT "subsidy_menu_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "subsidy_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_rule_set" ADD CONSTRAINT "subsidy_rule_set_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_rule_set" ADD CONSTRAINT "subsidy_rule_set_fiscal_year_fkey" FOREIGN KEY ("fiscal_year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_rule_set" ADD CONSTRAINT "subsidy_rule_set_copied_from_id_fkey" FOREIGN KEY ("copied_from_id") REFERENCES "subsidy_rule_set"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_menu_rule" ADD CONSTRAINT "subsidy_menu_rule_rule_set_id_fkey" FOREIGN KEY ("rule_set_id") REFERENCES "subsidy_rule_set"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_menu_rule" ADD CONSTRAINT "subsidy_menu_rule_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "subsidy_menu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_menu_rule_applicant" ADD CONSTRAINT "subsidy_menu_rule_applicant_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "subsidy_menu_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_expense_item" ADD CONSTRAINT "subsidy_expense_item_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "subsidy_menu_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rates are fractions in (0, 1]; amounts are not negative; a unit goes with, and only
-- with, a per-unit 基準額; applicant-type amounts only on menus whose 基準額 depends on it
-- (listed in prisma/schema-extras.ts).
ALTER TABLE "subsidy_menu_rule" ADD CONSTRAINT "subsidy_menu_rule_rate_check" CHECK ("rate_denominator" > 0 AND "rate_numerator" > 0 AND "rate_numerator" <= "rate_denominator");
ALTER TABLE "subsidy_menu_rule" ADD CONSTRAINT "subsidy_menu_rule_base_check" CHECK (
  ("base_amount_yen" IS NULL OR "base_amount_yen" >= 0)
  AND (("base_kind" = 'PER_UNIT') = ("base_unit" IS NOT NULL))
  AND ("base_kind" IN ('FIXED', 'PER_UNIT') OR "base_amount_yen" IS NULL)
);
ALTER TABLE "subsidy_expense_item" ADD CONSTRAINT "subsidy_expense_item_base_check" CHECK (
  "base_kind" IN ('FIXED', 'PER_UNIT')
  AND ("base_amount_yen" IS NULL OR "base_amount_yen" >= 0)
  AND (("base_kind" = 'PER_UNIT') = ("base_unit" IS NOT NULL))
);
ALTER TABLE "subsidy_menu_rule_applicant" ADD CONSTRAINT "subsidy_menu_rule_applicant_amount_check" CHECK ("base_amount_yen" IS NULL OR "base_amount_yen" >= 0);
ALTER TABLE "subsidy_menu" ADD CONSTRAINT "subsidy_menu_code_check" CHECK ("code" ~ '^[a-z0-9][a-z0-9-]*$');
