-- CreateEnum
CREATE TYPE "designation_type" AS ENUM ('BASE', 'ACTIVE_ROLE');

-- CreateEnum
CREATE TYPE "designation_status" AS ENUM ('CANDIDATE', 'COORDINATING', 'DESIGNATED', 'REVOKED', 'WITHDRAWN', 'EXPIRED');

-- CreateTable
CREATE TABLE "designation" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "type" "designation_type" NOT NULL,
    "status" "designation_status" NOT NULL DEFAULT 'CANDIDATE',
    "organisation_id" INTEGER NOT NULL,
    "proposed_by_health_center_id" INTEGER,
    "consultation_started_on" DATE,
    "designated_on" DATE,
    "period_ends_on" DATE,
    "notice_number" TEXT,
    "ended_on" DATE,
    "end_reason" TEXT,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "designation_region" (
    "id" SERIAL NOT NULL,
    "designation_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "type" "designation_type" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "designation_region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "designation_event" (
    "id" SERIAL NOT NULL,
    "designation_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "effective_on" DATE,
    "reason" TEXT,
    "data" JSONB,
    "actor_user_id" UUID,
    "actor_label" TEXT NOT NULL,
    "health_center_id" INTEGER,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "designation_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "designation_attachment" (
    "designation_id" INTEGER NOT NULL,
    "attachment_id" UUID NOT NULL,

    CONSTRAINT "designation_attachment_pkey" PRIMARY KEY ("designation_id","attachment_id")
);

-- CreateTable
CREATE TABLE "roadmap_target" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "min_regions" INTEGER,
    "max_regions" INTEGER,
    "remaining" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "roadmap_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roadmap_region_plan" (
    "id" SERIAL NOT NULL,
    "region_id" INTEGER NOT NULL,
    "planned_fiscal_year" INTEGER NOT NULL,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "roadmap_region_plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "designation_prefecture_id_status_idx" ON "designation"("prefecture_id", "status");

-- CreateIndex
CREATE INDEX "designation_organisation_id_idx" ON "designation"("organisation_id");

-- CreateIndex
CREATE INDEX "designation_region_designation_id_idx" ON "designation_region"("designation_id");

-- CreateIndex
CREATE INDEX "designation_region_region_id_idx" ON "designation_region"("region_id");

-- CreateIndex
CREATE INDEX "designation_event_designation_id_occurred_at_idx" ON "designation_event"("designation_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "designation_attachment_attachment_id_key" ON "designation_attachment"("attachment_id");

-- CreateIndex
CREATE UNIQUE INDEX "roadmap_target_prefecture_id_fiscal_year_key" ON "roadmap_target"("prefecture_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "roadmap_region_plan_region_id_key" ON "roadmap_region_plan"("region_id");

-- AddForeignKey
ALTER TABLE "designation" ADD CONSTRAINT "designation_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation" ADD CONSTRAINT "designation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation" ADD CONSTRAINT "designation_proposed_by_health_center_id_fkey" FOREIGN KEY ("proposed_by_health_center_id") REFERENCES "health_center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation_region" ADD CONSTRAINT "designation_region_designation_id_fkey" FOREIGN KEY ("designation_id") REFERENCES "designation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation_region" ADD CONSTRAINT "designation_region_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "home_care_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation_event" ADD CONSTRAINT "designation_event_designation_id_fkey" FOREIGN KEY ("designation_id") REFERENCES "designation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation_attachment" ADD CONSTRAINT "designation_attachment_designation_id_fkey" FOREIGN KEY ("designation_id") REFERENCES "designation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation_attachment" ADD CONSTRAINT "designation_attachment_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_target" ADD CONSTRAINT "roadmap_target_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_region_plan" ADD CONSTRAINT "roadmap_region_plan_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "home_care_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (declared in prisma/schema-extras.ts).
ALTER TABLE "designation_region" ADD CONSTRAINT "designation_region_period_check"
  CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from");
-- At most one active 拠点 per 在宅医療圏 on any date: two 本庁 users designating at the same moment
-- cannot both succeed (the second waits for the first and is refused).
ALTER TABLE "designation_region" ADD CONSTRAINT "designation_region_one_active_base"
  EXCLUDE USING gist ("region_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)
  WHERE ("type" = 'BASE' AND "active");
-- An ended designation says when and why.
ALTER TABLE "designation" ADD CONSTRAINT "designation_end_check" CHECK (
  "status" NOT IN ('REVOKED', 'WITHDRAWN', 'EXPIRED') OR ("ended_on" IS NOT NULL AND "end_reason" IS NOT NULL)
);
-- A designated designation has its date.
ALTER TABLE "designation" ADD CONSTRAINT "designation_designated_on_check" CHECK (
  "status" NOT IN ('DESIGNATED', 'REVOKED', 'EXPIRED') OR "designated_on" IS NOT NULL
);
-- A target is a range of 在宅医療圏 or "the rest".
ALTER TABLE "roadmap_target" ADD CONSTRAINT "roadmap_target_range_check" CHECK (
  "remaining" OR ("min_regions" IS NOT NULL AND "max_regions" IS NOT NULL AND "min_regions" >= 0 AND "max_regions" >= "min_regions")
);
