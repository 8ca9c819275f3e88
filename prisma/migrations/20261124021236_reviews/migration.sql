-- CreateEnum
CREATE TYPE "approval_purpose" AS ENUM ('DECISION', 'CONFIRMATION');

-- CreateEnum
CREATE TYPE "approval_status" AS ENUM ('IN_PROGRESS', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "approval_action_kind" AS ENUM ('APPROVE', 'RETURN');

-- CreateEnum
CREATE TYPE "document_kind" AS ENUM ('PLAN', 'STATEMENT', 'DECISION_NOTICE', 'CONFIRMATION_NOTICE');

-- CreateTable
CREATE TABLE "approval_route" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "purpose" "approval_purpose" NOT NULL,
    "steps" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "approval_route_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "approval_request" (
    "id" UUID NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "application_id" UUID NOT NULL,
    "purpose" "approval_purpose" NOT NULL,
    "status" "approval_status" NOT NULL DEFAULT 'IN_PROGRESS',
    "steps" JSONB NOT NULL,
    "amount_yen" INTEGER NOT NULL,
    "rate_numerator" INTEGER NOT NULL,
    "rate_denominator" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "requested_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "approval_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "approval_action" (
    "id" SERIAL NOT NULL,
    "request_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "action" "approval_action_kind" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "approval_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_number_sequence" (
    "prefecture_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "document_number_sequence_pkey" PRIMARY KEY ("prefecture_id","fiscal_year")
);

-- CreateTable
CREATE TABLE "issued_document" (
    "id" UUID NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" "document_kind" NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "document_number" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "issued_by_id" UUID NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "issued_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_template" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "kind" "document_kind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "approval_route_prefecture_id_purpose_key" ON "approval_route"("prefecture_id", "purpose");

-- CreateIndex
CREATE INDEX "approval_request_application_id_idx" ON "approval_request"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "approval_action_request_id_position_key" ON "approval_action"("request_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "approval_action_request_id_user_id_key" ON "approval_action"("request_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "issued_document_prefecture_id_fiscal_year_number_key" ON "issued_document"("prefecture_id", "fiscal_year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "issued_document_application_id_kind_key" ON "issued_document"("application_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "document_template_prefecture_id_kind_key" ON "document_template"("prefecture_id", "kind");

-- AddForeignKey
ALTER TABLE "approval_route" ADD CONSTRAINT "approval_route_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approval_request" ADD CONSTRAINT "approval_request_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approval_request" ADD CONSTRAINT "approval_request_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "subsidy_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approval_request" ADD CONSTRAINT "approval_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approval_action" ADD CONSTRAINT "approval_action_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "approval_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approval_action" ADD CONSTRAINT "approval_action_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_number_sequence" ADD CONSTRAINT "document_number_sequence_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "subsidy_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_template" ADD CONSTRAINT "document_template_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_template" ADD CONSTRAINT "document_template_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (prisma/schema-extras.ts; ADR 0025)
CREATE UNIQUE INDEX "approval_request_one_in_progress" ON "approval_request" ("application_id", "purpose") WHERE "status" = 'IN_PROGRESS';
ALTER TABLE "approval_request" ADD CONSTRAINT "approval_request_rate_check" CHECK ("rate_numerator" > 0 AND "rate_denominator" > 0 AND "rate_numerator" <= "rate_denominator");
ALTER TABLE "approval_request" ADD CONSTRAINT "approval_request_amount_check" CHECK ("amount_yen" >= 0);
ALTER TABLE "approval_action" ADD CONSTRAINT "approval_action_position_check" CHECK ("position" BETWEEN 1 AND 3);
ALTER TABLE "document_number_sequence" ADD CONSTRAINT "document_number_sequence_last_check" CHECK ("last_number" >= 0);
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_number_check" CHECK ("number" > 0);
ALTER TABLE "document_template" ADD CONSTRAINT "document_template_size_check" CHECK ("size_bytes" > 0 AND "size_bytes" <= 2097152 AND "size_bytes" = octet_length("content"));
-- 決裁 acts and issued notices are records the app only adds to.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "approval_action" FROM "portal_app";
    REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "issued_document" FROM "portal_app";
  END IF;
END $$;
