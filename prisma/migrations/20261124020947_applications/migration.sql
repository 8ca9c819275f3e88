-- CreateEnum
CREATE TYPE "subsidy_call_state" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "subsidy_application_status" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'DECIDED', 'CHANGE_REQUESTED', 'REPORTED', 'CONFIRMED', 'WITHDRAWN', 'REJECTED');

-- CreateTable
CREATE TABLE "subsidy_call" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "menu_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "opens_on" DATE NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "extended_until" TIMESTAMPTZ(3),
    "state" "subsidy_call_state" NOT NULL DEFAULT 'OPEN',
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subsidy_call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_application" (
    "id" UUID NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "call_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "status" "subsidy_application_status" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "outline" TEXT NOT NULL DEFAULT '',
    "period_from" DATE,
    "period_to" DATE,
    "applicant_type" "subsidy_applicant_type",
    "quantity" INTEGER,
    "form_version" INTEGER NOT NULL,
    "content" JSONB NOT NULL DEFAULT '{}',
    "total_project_cost_yen" INTEGER NOT NULL DEFAULT 0,
    "other_income_yen" INTEGER NOT NULL DEFAULT 0,
    "requested_yen" INTEGER,
    "actual_total_cost_yen" INTEGER,
    "actual_other_income_yen" INTEGER,
    "decided_amount_yen" INTEGER,
    "decided_rate_numerator" INTEGER,
    "decided_rate_denominator" INTEGER,
    "decision_comment" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "budget_id" INTEGER,
    "confirmed_amount_yen" INTEGER,
    "confirmed_at" TIMESTAMPTZ(3),
    "pending_change" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "idempotency_key" TEXT NOT NULL,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subsidy_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_application_item" (
    "id" SERIAL NOT NULL,
    "application_id" UUID NOT NULL,
    "item_code" TEXT NOT NULL,
    "quantity" INTEGER,
    "cost_yen" INTEGER NOT NULL,
    "actual_cost_yen" INTEGER,
    "note" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "subsidy_application_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" SERIAL NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "from_status" "subsidy_application_status",
    "to_status" "subsidy_application_status",
    "comment" TEXT,
    "data" JSONB,
    "actor_user_id" UUID,
    "actor_label" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_attachment" (
    "application_id" UUID NOT NULL,
    "attachment_id" UUID NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'plan',

    CONSTRAINT "application_attachment_pkey" PRIMARY KEY ("application_id","attachment_id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "recipient_organisation_id" INTEGER,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT,
    "application_id" UUID,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "subsidy_call_prefecture_id_state_idx" ON "subsidy_call"("prefecture_id", "state");

-- CreateIndex
CREATE INDEX "subsidy_call_menu_id_fiscal_year_idx" ON "subsidy_call"("menu_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_application_idempotency_key_key" ON "subsidy_application"("idempotency_key");

-- CreateIndex
CREATE INDEX "subsidy_application_prefecture_id_status_idx" ON "subsidy_application"("prefecture_id", "status");

-- CreateIndex
CREATE INDEX "subsidy_application_organisation_id_status_idx" ON "subsidy_application"("organisation_id", "status");

-- CreateIndex
CREATE INDEX "subsidy_application_call_id_status_idx" ON "subsidy_application"("call_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_application_item_application_id_item_code_key" ON "subsidy_application_item"("application_id", "item_code");

-- CreateIndex
CREATE INDEX "application_event_application_id_occurred_at_idx" ON "application_event"("application_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "application_attachment_attachment_id_key" ON "application_attachment"("attachment_id");

-- CreateIndex
CREATE INDEX "notification_prefecture_id_recipient_organisation_id_create_idx" ON "notification"("prefecture_id", "recipient_organisation_id", "created_at");

-- AddForeignKey
ALTER TABLE "subsidy_call" ADD CONSTRAINT "subsidy_call_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_call" ADD CONSTRAINT "subsidy_call_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "subsidy_menu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_call" ADD CONSTRAINT "subsidy_call_fiscal_year_fkey" FOREIGN KEY ("fiscal_year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_call" ADD CONSTRAINT "subsidy_call_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "subsidy_call"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_application_item" ADD CONSTRAINT "subsidy_application_item_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "subsidy_application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "subsidy_application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "subsidy_application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_organisation_id_fkey" FOREIGN KEY ("recipient_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "subsidy_application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (listed in prisma/schema-extras.ts)
ALTER TABLE "subsidy_call" ADD CONSTRAINT "subsidy_call_extension_check"
  CHECK ("extended_until" IS NULL OR "extended_until" > "deadline");
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_amounts_check"
  CHECK ("total_project_cost_yen" >= 0 AND "other_income_yen" >= 0 AND ("requested_yen" IS NULL OR "requested_yen" >= 0)
    AND ("actual_total_cost_yen" IS NULL OR "actual_total_cost_yen" >= 0) AND ("actual_other_income_yen" IS NULL OR "actual_other_income_yen" >= 0));
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_confirmed_check"
  CHECK ("confirmed_amount_yen" IS NULL OR ("decided_amount_yen" IS NOT NULL AND "confirmed_amount_yen" BETWEEN 0 AND "decided_amount_yen"));
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_rate_check"
  CHECK (("decided_rate_numerator" IS NULL) = ("decided_rate_denominator" IS NULL)
    AND ("decided_rate_numerator" IS NULL OR ("decided_rate_numerator" > 0 AND "decided_rate_numerator" <= "decided_rate_denominator")));
ALTER TABLE "subsidy_application" ADD CONSTRAINT "subsidy_application_period_check"
  CHECK ("period_from" IS NULL OR "period_to" IS NULL OR "period_to" >= "period_from");
ALTER TABLE "subsidy_application_item" ADD CONSTRAINT "subsidy_application_item_amounts_check"
  CHECK ("cost_yen" >= 0 AND ("actual_cost_yen" IS NULL OR "actual_cost_yen" >= 0) AND ("quantity" IS NULL OR "quantity" >= 0));
