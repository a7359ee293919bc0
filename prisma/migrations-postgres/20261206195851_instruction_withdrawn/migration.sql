-- AlterTable
ALTER TABLE "Instruction" ADD COLUMN     "withdrawnAt" TIMESTAMP(3);
