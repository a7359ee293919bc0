-- AlterTable
ALTER TABLE "Instruction" ADD COLUMN "withdrawnAt" DATETIME;
