-- CreateTable
CREATE TABLE "throttle_counter" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "reset_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "throttle_counter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "throttle_counter_reset_at_idx" ON "throttle_counter"("reset_at");
