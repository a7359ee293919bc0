-- 督办〔year〕第N号 is numbered in the year a notice is issued (China time), not in its task's plan
-- year; `year` stays the plan year (the 督办台账 it is listed in), `numberYear` is new.
-- DropIndex
DROP INDEX "SupervisionNotice_year_number_key";

-- AlterTable
ALTER TABLE "SupervisionNotice" ADD COLUMN     "numberYear" INTEGER NOT NULL DEFAULT 0;

-- Data: the notices issued so far keep the numbers they were issued with (numbered in their plan year), before the unique index.
UPDATE "SupervisionNotice" SET "numberYear" = "year";

-- CreateIndex
CREATE INDEX "SupervisionNotice_year_idx" ON "SupervisionNotice"("year");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_numberYear_number_key" ON "SupervisionNotice"("numberYear", "number");
