-- CreateEnum
CREATE TYPE "facility_import_status" AS ENUM ('PARSING', 'PREVIEW', 'COMMITTED', 'FAILED', 'DISCARDED');

-- CreateTable
CREATE TABLE "facility_import" (
    "id" UUID NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "status" "facility_import_status" NOT NULL DEFAULT 'PARSING',
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "percent" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT,
    "as_of" DATE,
    "row_count" INTEGER,
    "facility_count" INTEGER,
    "error" TEXT,
    "snapshot_id" INTEGER,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "finished_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "facility_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facility_import_row" (
    "import_id" UUID NOT NULL,
    "prefecture_code" CHAR(2) NOT NULL,
    "category" "facility_category" NOT NULL,
    "institution_number" CHAR(7) NOT NULL,
    "source_row" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "postal_code" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "beds_text" TEXT,
    "kind" "facility_kind" NOT NULL,
    "support_type" INTEGER,
    "support_since" DATE,
    "support_tie" BOOLEAN NOT NULL DEFAULT false,
    "support_note" TEXT,
    "municipality_id" INTEGER,
    "municipality_assigned" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "facility_import_row_pkey" PRIMARY KEY ("import_id","category","institution_number")
);

-- CreateTable
CREATE TABLE "facility_snapshot" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "row_count" INTEGER NOT NULL,
    "facility_count" INTEGER NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "facility_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facility_snapshot_entry" (
    "snapshot_id" INTEGER NOT NULL,
    "facility_id" INTEGER NOT NULL,
    "kind" "facility_kind" NOT NULL,
    "support_type" INTEGER NOT NULL,
    "support_since" DATE,
    "municipality_id" INTEGER NOT NULL,

    CONSTRAINT "facility_snapshot_entry_pkey" PRIMARY KEY ("snapshot_id","facility_id")
);

-- CreateIndex
CREATE INDEX "facility_import_prefecture_id_created_at_idx" ON "facility_import"("prefecture_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "facility_snapshot_prefecture_id_as_of_key" ON "facility_snapshot"("prefecture_id", "as_of");

-- CreateIndex
CREATE UNIQUE INDEX "facility_snapshot_prefecture_id_sha256_key" ON "facility_snapshot"("prefecture_id", "sha256");

-- CreateIndex
CREATE INDEX "facility_snapshot_entry_snapshot_id_municipality_id_idx" ON "facility_snapshot_entry"("snapshot_id", "municipality_id");

-- CreateIndex
CREATE INDEX "facility_snapshot_entry_facility_id_idx" ON "facility_snapshot_entry"("facility_id");

-- AddForeignKey
ALTER TABLE "facility_import" ADD CONSTRAINT "facility_import_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_import" ADD CONSTRAINT "facility_import_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "facility_snapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_import" ADD CONSTRAINT "facility_import_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_import" ADD CONSTRAINT "facility_import_finished_by_id_fkey" FOREIGN KEY ("finished_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_import_row" ADD CONSTRAINT "facility_import_row_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "facility_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_import_row" ADD CONSTRAINT "facility_import_row_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_snapshot" ADD CONSTRAINT "facility_snapshot_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_snapshot" ADD CONSTRAINT "facility_snapshot_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_snapshot_entry" ADD CONSTRAINT "facility_snapshot_entry_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "facility_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_snapshot_entry" ADD CONSTRAINT "facility_snapshot_entry_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_snapshot_entry" ADD CONSTRAINT "facility_snapshot_entry_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: support types are 1–3; shares and counts are sane (listed in prisma/schema-extras.ts).
ALTER TABLE "facility_import_row" ADD CONSTRAINT "facility_import_row_support_type_check" CHECK ("support_type" BETWEEN 1 AND 3);
ALTER TABLE "facility_snapshot_entry" ADD CONSTRAINT "facility_snapshot_entry_support_type_check" CHECK ("support_type" BETWEEN 1 AND 3);
ALTER TABLE "facility_import" ADD CONSTRAINT "facility_import_percent_check" CHECK ("percent" BETWEEN 0 AND 100);
ALTER TABLE "facility_snapshot" ADD CONSTRAINT "facility_snapshot_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
