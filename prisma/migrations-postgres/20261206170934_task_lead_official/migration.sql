-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "leadOfficial" TEXT NOT NULL DEFAULT '';
