-- AlterTable
ALTER TABLE "home_care_region" ADD COLUMN     "boundary" JSONB;
