-- A task removed from the plan (only one nothing was recorded against) takes its audit rows' link
-- with it: the foreign key sets AuditEvent.taskId to NULL. That one change is let through — only
-- once the task row is gone and with every other column unchanged; any other update is refused as
-- before (the rows themselves, with their before/after, stay: 留痕).
DROP TRIGGER "AuditEvent_no_update";
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
WHEN NOT (
  OLD."taskId" IS NOT NULL AND NEW."taskId" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "Task" WHERE "id" = OLD."taskId")
  AND NEW."id" = OLD."id" AND NEW."at" IS OLD."at" AND NEW."actorId" IS OLD."actorId"
  AND NEW."action" IS OLD."action" AND NEW."entityType" IS OLD."entityType" AND NEW."entityId" IS OLD."entityId"
  AND NEW."before" IS OLD."before" AND NEW."after" IS OLD."after" AND NEW."ip" IS OLD."ip"
)
BEGIN
  SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;
