-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN     "actor_health_center_id" INTEGER,
ADD COLUMN     "actor_organisation_id" INTEGER,
ADD COLUMN     "actor_role" "role";
