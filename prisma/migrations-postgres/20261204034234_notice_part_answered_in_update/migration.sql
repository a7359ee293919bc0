-- A notice part answered inside a progress update names that update by a foreign key, so the part
-- can show the update's 佐证材料. An id naming no update (none should) is cleared first.
UPDATE "NoticeRecipient" SET "answeredInUpdateId" = NULL
WHERE "answeredInUpdateId" IS NOT NULL AND "answeredInUpdateId" NOT IN (SELECT "id" FROM "ProgressUpdate");

-- AddForeignKey
ALTER TABLE "NoticeRecipient" ADD CONSTRAINT "NoticeRecipient_answeredInUpdateId_fkey" FOREIGN KEY ("answeredInUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
