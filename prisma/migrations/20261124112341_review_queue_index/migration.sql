-- DropIndex
DROP INDEX "subsidy_application_prefecture_id_status_idx";

-- CreateIndex
CREATE INDEX "subsidy_application_queue_idx" ON "subsidy_application"("prefecture_id", "status", "call_id", "submitted_at", "requested_yen", "id");
