-- CreateEnum
CREATE TYPE "StatusReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateTable
CREATE TABLE "status_report" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "status" "StatusReportStatus" NOT NULL DEFAULT 'DRAFT',
    "form_version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "frozen_facts" JSONB,
    "review_comments" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "status_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_report_event" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT,
    "data" JSONB,
    "content" JSONB,
    "actor_user_id" UUID,
    "actor_label" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_report_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_report_attachment" (
    "report_id" INTEGER NOT NULL,
    "attachment_id" UUID NOT NULL,

    CONSTRAINT "status_report_attachment_pkey" PRIMARY KEY ("report_id","attachment_id")
);

-- CreateTable
CREATE TABLE "status_report_deadline" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "due_on" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "status_report_deadline_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "status_report_prefecture_id_fiscal_year_idx" ON "status_report"("prefecture_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "status_report_region_id_fiscal_year_key" ON "status_report"("region_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "status_report_event_report_id_occurred_at_idx" ON "status_report_event"("report_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "status_report_attachment_attachment_id_key" ON "status_report_attachment"("attachment_id");

-- CreateIndex
CREATE UNIQUE INDEX "status_report_deadline_prefecture_id_fiscal_year_key" ON "status_report_deadline"("prefecture_id", "fiscal_year");

-- AddForeignKey
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "home_care_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_report_event" ADD CONSTRAINT "status_report_event_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "status_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_report_attachment" ADD CONSTRAINT "status_report_attachment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "status_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_report_attachment" ADD CONSTRAINT "status_report_attachment_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_report_deadline" ADD CONSTRAINT "status_report_deadline_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
