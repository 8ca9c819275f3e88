-- CreateTable
CREATE TABLE "good_practice" (
    "id" SERIAL NOT NULL,
    "prefecture_id" INTEGER NOT NULL,
    "source_key" TEXT,
    "subject_prefecture_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "theme_area" TEXT,
    "theme" TEXT,
    "leader" TEXT,
    "background" TEXT,
    "purpose" TEXT,
    "features" TEXT,
    "results" TEXT,
    "issues" TEXT,
    "proposals" TEXT,
    "budget_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "good_practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "good_practice_budget" (
    "id" SERIAL NOT NULL,
    "good_practice_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "item" TEXT NOT NULL DEFAULT '',
    "amount_yen" INTEGER,
    "note" TEXT,

    CONSTRAINT "good_practice_budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "good_practice_tag" (
    "good_practice_id" INTEGER NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "good_practice_tag_pkey" PRIMARY KEY ("good_practice_id","tag")
);

-- CreateIndex
CREATE INDEX "good_practice_prefecture_id_subject_prefecture_code_idx" ON "good_practice"("prefecture_id", "subject_prefecture_code");

-- CreateIndex
CREATE UNIQUE INDEX "good_practice_prefecture_id_source_key_key" ON "good_practice"("prefecture_id", "source_key");

-- CreateIndex
CREATE UNIQUE INDEX "good_practice_budget_good_practice_id_fiscal_year_item_key" ON "good_practice_budget"("good_practice_id", "fiscal_year", "item");

-- CreateIndex
CREATE INDEX "good_practice_tag_tag_idx" ON "good_practice_tag"("tag");

-- AddForeignKey
ALTER TABLE "good_practice" ADD CONSTRAINT "good_practice_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "good_practice_budget" ADD CONSTRAINT "good_practice_budget_good_practice_id_fkey" FOREIGN KEY ("good_practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "good_practice_tag" ADD CONSTRAINT "good_practice_tag_good_practice_id_fkey" FOREIGN KEY ("good_practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
