-- CreateEnum
CREATE TYPE "budget_entry_kind" AS ENUM ('COMMITMENT', 'PAYMENT');

-- CreateTable
CREATE TABLE "budget_line" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "programme_name" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_line_menu" (
    "line_id" INTEGER NOT NULL,
    "menu_id" INTEGER NOT NULL,

    CONSTRAINT "budget_line_menu_pkey" PRIMARY KEY ("line_id","menu_id")
);

-- CreateTable
CREATE TABLE "budget" (
    "id" SERIAL NOT NULL,
    "line_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "initial_yen" INTEGER NOT NULL,
    "amount_yen" INTEGER NOT NULL,
    "committed_yen" INTEGER NOT NULL DEFAULT 0,
    "paid_yen" INTEGER NOT NULL DEFAULT 0,
    "planned_sites" INTEGER,
    "note" TEXT,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_supplement" (
    "id" SERIAL NOT NULL,
    "budget_id" INTEGER NOT NULL,
    "decided_on" DATE NOT NULL,
    "amount_yen" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_supplement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_allocation" (
    "id" SERIAL NOT NULL,
    "budget_id" INTEGER NOT NULL,
    "menu_id" INTEGER NOT NULL,
    "amount_yen" INTEGER NOT NULL,
    "committed_yen" INTEGER NOT NULL DEFAULT 0,
    "paid_yen" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_ledger_entry" (
    "id" UUID NOT NULL,
    "budget_id" INTEGER NOT NULL,
    "allocation_id" INTEGER,
    "menu_id" INTEGER,
    "kind" "budget_entry_kind" NOT NULL,
    "amount_yen" INTEGER NOT NULL,
    "reference" TEXT,
    "description" TEXT NOT NULL,
    "reason" TEXT,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "budget_line_prefecture_id_code_key" ON "budget_line"("prefecture_id", "code");

-- CreateIndex
CREATE INDEX "budget_line_menu_menu_id_idx" ON "budget_line_menu"("menu_id");

-- CreateIndex
CREATE INDEX "budget_fiscal_year_idx" ON "budget"("fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "budget_line_id_fiscal_year_key" ON "budget"("line_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "budget_supplement_budget_id_idx" ON "budget_supplement"("budget_id");

-- CreateIndex
CREATE INDEX "budget_allocation_menu_id_idx" ON "budget_allocation"("menu_id");

-- CreateIndex
CREATE UNIQUE INDEX "budget_allocation_budget_id_menu_id_key" ON "budget_allocation"("budget_id", "menu_id");

-- CreateIndex
CREATE INDEX "budget_ledger_entry_budget_id_reference_idx" ON "budget_ledger_entry"("budget_id", "reference");

-- CreateIndex
CREATE INDEX "budget_ledger_entry_allocation_id_idx" ON "budget_ledger_entry"("allocation_id");

-- CreateIndex
CREATE INDEX "budget_ledger_entry_reference_idx" ON "budget_ledger_entry"("reference");

-- AddForeignKey
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_line_menu" ADD CONSTRAINT "budget_line_menu_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_line_menu" ADD CONSTRAINT "budget_line_menu_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "subsidy_menu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget" ADD CONSTRAINT "budget_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "budget_line"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget" ADD CONSTRAINT "budget_fiscal_year_fkey" FOREIGN KEY ("fiscal_year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_supplement" ADD CONSTRAINT "budget_supplement_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_supplement" ADD CONSTRAINT "budget_supplement_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_allocation" ADD CONSTRAINT "budget_allocation_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_allocation" ADD CONSTRAINT "budget_allocation_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "subsidy_menu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ledger_entry" ADD CONSTRAINT "budget_ledger_entry_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ledger_entry" ADD CONSTRAINT "budget_ledger_entry_allocation_id_fkey" FOREIGN KEY ("allocation_id") REFERENCES "budget_allocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ledger_entry" ADD CONSTRAINT "budget_ledger_entry_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "subsidy_menu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ledger_entry" ADD CONSTRAINT "budget_ledger_entry_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (prisma/schema-extras.ts): the last line against over-commitment, whatever path a
-- write takes — the domain locks the budget row and updates conditionally before these are reached.
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_code_check" CHECK ("code" ~ '^[a-z0-9][a-z0-9-]*$');
ALTER TABLE "budget" ADD CONSTRAINT "budget_amounts_check" CHECK ("initial_yen" >= 0 AND "amount_yen" >= 0 AND "committed_yen" >= 0 AND "paid_yen" >= 0);
ALTER TABLE "budget" ADD CONSTRAINT "budget_committed_check" CHECK ("committed_yen" <= "amount_yen");
ALTER TABLE "budget" ADD CONSTRAINT "budget_paid_check" CHECK ("paid_yen" <= "committed_yen");
ALTER TABLE "budget_allocation" ADD CONSTRAINT "budget_allocation_amounts_check" CHECK ("paid_yen" >= 0 AND "paid_yen" <= "committed_yen" AND "committed_yen" >= 0 AND "committed_yen" <= "amount_yen");
ALTER TABLE "budget_supplement" ADD CONSTRAINT "budget_supplement_amount_check" CHECK ("amount_yen" <> 0 AND btrim("reason") <> '');
ALTER TABLE "budget_ledger_entry" ADD CONSTRAINT "budget_ledger_entry_amount_check" CHECK (
  ("kind" = 'PAYMENT' AND "amount_yen" > 0) OR ("kind" = 'COMMITMENT' AND "amount_yen" <> 0));
ALTER TABLE "budget_ledger_entry" ADD CONSTRAINT "budget_ledger_entry_reason_check" CHECK ("amount_yen" > 0 OR btrim(coalesce("reason", '')) <> '');
ALTER TABLE "budget_ledger_entry" ADD CONSTRAINT "budget_ledger_entry_allocation_menu_check" CHECK ("allocation_id" IS NULL OR "menu_id" IS NOT NULL);

-- The ledger and the 補正 history are append-only for the app: corrections are new entries.
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "budget_ledger_entry" FROM "portal_app";
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "budget_supplement" FROM "portal_app";
