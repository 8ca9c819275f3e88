-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "municipality_kind" AS ENUM ('DESIGNATED_CITY', 'CITY', 'TOWN', 'VILLAGE', 'WARD');

-- CreateEnum
CREATE TYPE "succession_kind" AS ENUM ('SPLIT', 'MERGE', 'REDEFINE');

-- CreateEnum
CREATE TYPE "health_center_operator" AS ENUM ('PREFECTURE', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "facility_category" AS ENUM ('MEDICAL', 'DENTAL');

-- CreateEnum
CREATE TYPE "facility_kind" AS ENUM ('HOSPITAL', 'CLINIC');

-- CreateEnum
CREATE TYPE "organisation_type" AS ENUM ('MEDICAL_ASSOCIATION', 'DENTAL_ASSOCIATION', 'PHARMACEUTICAL_ASSOCIATION', 'NURSING_ASSOCIATION', 'MEDICAL_CORPORATION', 'OTHER_FOUNDER', 'MUNICIPALITY', 'VISITING_NURSING_STATION', 'RESIDENT_GROUP', 'SOCIAL_WELFARE_CORPORATION', 'SUPPORT_CENTER', 'HEALTH_CENTER', 'PREFECTURAL_OFFICE');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('PREFECTURE_ADMIN', 'PREFECTURE_STAFF', 'HEALTH_CENTER', 'APPLICANT', 'VIEWER');

-- CreateTable
CREATE TABLE "prefecture" (
    "id" SERIAL NOT NULL,
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "name_kana" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prefecture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tertiary_region" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "boundary" JSONB,

    CONSTRAINT "tertiary_region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "secondary_region" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "tertiary_region_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "population_2020" INTEGER,
    "area_km2" DECIMAL(10,2),
    "boundary" JSONB,

    CONSTRAINT "secondary_region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "municipality" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "code" CHAR(5) NOT NULL,
    "lg_code6" CHAR(6),
    "name" TEXT NOT NULL,
    "name_kana" TEXT,
    "kind" "municipality_kind" NOT NULL,
    "parent_id" INTEGER,
    "district" TEXT,
    "subprefecture" TEXT,
    "secondary_region_id" INTEGER,
    "population_2020" INTEGER,
    "population_65plus_2020" INTEGER,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "boundary" JSONB,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "home_care_region" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_kana" TEXT,
    "provisional" BOOLEAN NOT NULL DEFAULT true,
    "definition_source" TEXT,
    "secondary_region_id" INTEGER,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "home_care_region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "home_care_region_member" (
    "id" SERIAL NOT NULL,
    "region_id" INTEGER NOT NULL,
    "municipality_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "home_care_region_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "home_care_region_succession" (
    "id" SERIAL NOT NULL,
    "predecessor_id" INTEGER NOT NULL,
    "successor_id" INTEGER NOT NULL,
    "kind" "succession_kind" NOT NULL,
    "effective_on" DATE NOT NULL,

    CONSTRAINT "home_care_region_succession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health_center" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "operator" "health_center_operator" NOT NULL,
    "operating_municipality_id" INTEGER,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "valid_from" DATE,
    "valid_to" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "health_center_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health_center_jurisdiction" (
    "id" SERIAL NOT NULL,
    "health_center_id" INTEGER NOT NULL,
    "municipality_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "health_center_jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "home_care_region_lead" (
    "id" SERIAL NOT NULL,
    "region_id" INTEGER NOT NULL,
    "health_center_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "home_care_region_lead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facility" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "prefecture_code" CHAR(2) NOT NULL,
    "category" "facility_category" NOT NULL,
    "institution_number" CHAR(7) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "facility_kind",
    "postal_code" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "beds_text" TEXT,
    "municipality_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "type" "organisation_type" NOT NULL,
    "name" TEXT NOT NULL,
    "name_kana" TEXT,
    "corporate_number" CHAR(13),
    "municipality_id" INTEGER,
    "health_center_id" INTEGER,
    "postal_code" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_facility" (
    "organisation_id" INTEGER NOT NULL,
    "facility_id" INTEGER NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "organisation_facility_pkey" PRIMARY KEY ("organisation_id","facility_id")
);

-- CreateTable
CREATE TABLE "fiscal_year" (
    "year" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,

    CONSTRAINT "fiscal_year_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "user_account" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT,
    "disabled_at" TIMESTAMPTZ(3),
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" SERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "role" "role" NOT NULL,
    "organisation_id" INTEGER,
    "health_center_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prefecture_id" INTEGER,
    "actor_user_id" UUID,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "summary" TEXT,
    "data" JSONB,
    "ip_address" TEXT,
    "request_id" TEXT,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_source" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "attribution" TEXT NOT NULL,
    "url" TEXT,
    "licence" TEXT,
    "as_of" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "data_source_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "prefecture_code_key" ON "prefecture"("code");

-- CreateIndex
CREATE UNIQUE INDEX "tertiary_region_prefecture_id_code_key" ON "tertiary_region"("prefecture_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "tertiary_region_prefecture_id_name_key" ON "tertiary_region"("prefecture_id", "name");

-- CreateIndex
CREATE INDEX "secondary_region_tertiary_region_id_idx" ON "secondary_region"("tertiary_region_id");

-- CreateIndex
CREATE UNIQUE INDEX "secondary_region_prefecture_id_code_key" ON "secondary_region"("prefecture_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_code_key" ON "municipality"("code");

-- CreateIndex
CREATE INDEX "municipality_prefecture_id_idx" ON "municipality"("prefecture_id");

-- CreateIndex
CREATE INDEX "municipality_secondary_region_id_idx" ON "municipality"("secondary_region_id");

-- CreateIndex
CREATE INDEX "municipality_parent_id_idx" ON "municipality"("parent_id");

-- CreateIndex
CREATE INDEX "home_care_region_secondary_region_id_idx" ON "home_care_region"("secondary_region_id");

-- CreateIndex
CREATE UNIQUE INDEX "home_care_region_prefecture_id_code_key" ON "home_care_region"("prefecture_id", "code");

-- CreateIndex
CREATE INDEX "home_care_region_member_region_id_idx" ON "home_care_region_member"("region_id");

-- CreateIndex
CREATE INDEX "home_care_region_member_municipality_id_idx" ON "home_care_region_member"("municipality_id");

-- CreateIndex
CREATE INDEX "home_care_region_succession_successor_id_idx" ON "home_care_region_succession"("successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "home_care_region_succession_predecessor_id_successor_id_key" ON "home_care_region_succession"("predecessor_id", "successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "health_center_prefecture_id_name_key" ON "health_center"("prefecture_id", "name");

-- CreateIndex
CREATE INDEX "health_center_jurisdiction_health_center_id_idx" ON "health_center_jurisdiction"("health_center_id");

-- CreateIndex
CREATE INDEX "health_center_jurisdiction_municipality_id_idx" ON "health_center_jurisdiction"("municipality_id");

-- CreateIndex
CREATE INDEX "home_care_region_lead_region_id_idx" ON "home_care_region_lead"("region_id");

-- CreateIndex
CREATE INDEX "home_care_region_lead_health_center_id_idx" ON "home_care_region_lead"("health_center_id");

-- CreateIndex
CREATE INDEX "facility_prefecture_id_idx" ON "facility"("prefecture_id");

-- CreateIndex
CREATE INDEX "facility_municipality_id_idx" ON "facility"("municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "facility_prefecture_code_category_institution_number_key" ON "facility"("prefecture_code", "category", "institution_number");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_health_center_id_key" ON "organisation"("health_center_id");

-- CreateIndex
CREATE INDEX "organisation_municipality_id_idx" ON "organisation"("municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_prefecture_id_name_key" ON "organisation"("prefecture_id", "name");

-- CreateIndex
CREATE INDEX "organisation_facility_facility_id_idx" ON "organisation_facility"("facility_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_account_email_key" ON "user_account"("email");

-- CreateIndex
CREATE INDEX "membership_organisation_id_idx" ON "membership"("organisation_id");

-- CreateIndex
CREATE INDEX "membership_health_center_id_idx" ON "membership"("health_center_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_user_id_prefecture_id_key" ON "membership"("user_id", "prefecture_id");

-- CreateIndex
CREATE INDEX "audit_entry_prefecture_id_occurred_at_idx" ON "audit_entry"("prefecture_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_entry_entity_type_entity_id_idx" ON "audit_entry"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "attachment_prefecture_id_idx" ON "attachment"("prefecture_id");

-- CreateIndex
CREATE UNIQUE INDEX "data_source_key_key" ON "data_source"("key");

-- AddForeignKey
ALTER TABLE "tertiary_region" ADD CONSTRAINT "tertiary_region_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "secondary_region" ADD CONSTRAINT "secondary_region_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "secondary_region" ADD CONSTRAINT "secondary_region_tertiary_region_id_fkey" FOREIGN KEY ("tertiary_region_id") REFERENCES "tertiary_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_secondary_region_id_fkey" FOREIGN KEY ("secondary_region_id") REFERENCES "secondary_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region" ADD CONSTRAINT "home_care_region_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region" ADD CONSTRAINT "home_care_region_secondary_region_id_fkey" FOREIGN KEY ("secondary_region_id") REFERENCES "secondary_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region_member" ADD CONSTRAINT "home_care_region_member_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "home_care_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region_member" ADD CONSTRAINT "home_care_region_member_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region_succession" ADD CONSTRAINT "home_care_region_succession_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "home_care_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region_succession" ADD CONSTRAINT "home_care_region_succession_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "home_care_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health_center" ADD CONSTRAINT "health_center_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health_center_jurisdiction" ADD CONSTRAINT "health_center_jurisdiction_health_center_id_fkey" FOREIGN KEY ("health_center_id") REFERENCES "health_center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health_center_jurisdiction" ADD CONSTRAINT "health_center_jurisdiction_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region_lead" ADD CONSTRAINT "home_care_region_lead_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "home_care_region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_care_region_lead" ADD CONSTRAINT "home_care_region_lead_health_center_id_fkey" FOREIGN KEY ("health_center_id") REFERENCES "health_center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility" ADD CONSTRAINT "facility_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility" ADD CONSTRAINT "facility_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_health_center_id_fkey" FOREIGN KEY ("health_center_id") REFERENCES "health_center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_facility" ADD CONSTRAINT "organisation_facility_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_facility" ADD CONSTRAINT "organisation_facility_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_health_center_id_fkey" FOREIGN KEY ("health_center_id") REFERENCES "health_center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_source" ADD CONSTRAINT "data_source_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
