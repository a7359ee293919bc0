-- A 督办 answer given inside a progress update names that update on its event, so the update keeps
-- what it answered when the unit's part is answered again later (the part holds only its latest
-- answer). The notice's own answer fields, the latest of any unit, are dropped: every screen, export
-- and review card reads each unit's part or event.
-- DropForeignKey
ALTER TABLE "SupervisionNotice" DROP CONSTRAINT "SupervisionNotice_answeredInUpdateId_fkey";

-- AlterTable
ALTER TABLE "SupervisionNotice" DROP COLUMN "answer",
DROP COLUMN "answeredAt",
DROP COLUMN "answeredInUpdateId";

-- AlterTable
ALTER TABLE "NoticeEvent" ADD COLUMN     "updateId" INTEGER;

-- CreateIndex
CREATE INDEX "NoticeEvent_updateId_idx" ON "NoticeEvent"("updateId");

-- AddForeignKey
ALTER TABLE "NoticeEvent" ADD CONSTRAINT "NoticeEvent_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The answers given inside updates so far: the update named by the same answer's audit row
-- (notice.answered, written in the same transaction: same notice, unit and text, within a minute),
-- if that update is still there.
UPDATE "NoticeEvent" e SET "updateId" = (
  SELECT (a."after"::jsonb ->> 'updateId')::int FROM "AuditEvent" a
  WHERE a."action" = 'notice.answered' AND a."entityType" = 'SupervisionNotice'
    AND a."entityId" = e."noticeId"::text
    AND (a."after"::jsonb ->> 'unitId')::int = e."unitId"
    AND (a."after"::jsonb ->> 'answer') IS NOT DISTINCT FROM e."text"
    AND abs(extract(epoch FROM a."at" - e."at")) < 60
    AND (a."after"::jsonb ->> 'updateId')::int IN (SELECT "id" FROM "ProgressUpdate")
  ORDER BY abs(extract(epoch FROM a."at" - e."at")), a."id"
  LIMIT 1
)
WHERE e."kind" = 'ANSWERED';
