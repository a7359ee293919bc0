-- A 督办 answer given inside a progress update names that update on its event, so the update keeps
-- what it answered when the unit's part is answered again later (the part holds only its latest
-- answer). The notice's own answer fields, the latest of any unit, are dropped: every screen, export
-- and review card reads each unit's part or event.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NoticeEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "noticeId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "kind" TEXT NOT NULL,
    "actorId" INTEGER,
    "text" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updateId" INTEGER,
    CONSTRAINT "NoticeEvent_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoticeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "NoticeEvent_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_NoticeEvent" ("actorId", "at", "id", "kind", "noticeId", "text", "unitId") SELECT "actorId", "at", "id", "kind", "noticeId", "text", "unitId" FROM "NoticeEvent";
DROP TABLE "NoticeEvent";
ALTER TABLE "new_NoticeEvent" RENAME TO "NoticeEvent";
CREATE INDEX "NoticeEvent_noticeId_idx" ON "NoticeEvent"("noticeId");
CREATE INDEX "NoticeEvent_updateId_idx" ON "NoticeEvent"("updateId");
CREATE TABLE "new_SupervisionNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "issuedById" INTEGER NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "requiredAction" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "year" INTEGER NOT NULL DEFAULT 0,
    "number" INTEGER NOT NULL DEFAULT 0,
    "level" TEXT NOT NULL DEFAULT 'DUBAN',
    "urgeCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SupervisionNotice_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SupervisionNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_SupervisionNotice" ("dueDate", "id", "issuedAt", "issuedById", "level", "number", "reason", "requiredAction", "status", "taskId", "urgeCount", "year") SELECT "dueDate", "id", "issuedAt", "issuedById", "level", "number", "reason", "requiredAction", "status", "taskId", "urgeCount", "year" FROM "SupervisionNotice";
DROP TABLE "SupervisionNotice";
ALTER TABLE "new_SupervisionNotice" RENAME TO "SupervisionNotice";
CREATE INDEX "SupervisionNotice_taskId_idx" ON "SupervisionNotice"("taskId");
CREATE UNIQUE INDEX "SupervisionNotice_year_number_key" ON "SupervisionNotice"("year", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The answers given inside updates so far: the update named by the same answer's audit row
-- (notice.answered, written in the same transaction: same notice, unit and text, within a minute),
-- if that update is still there.
UPDATE "NoticeEvent" SET "updateId" = (
  SELECT CAST(json_extract(a."after", '$.updateId') AS INTEGER) FROM "AuditEvent" a
  WHERE a."action" = 'notice.answered' AND a."entityType" = 'SupervisionNotice'
    AND a."entityId" = CAST("NoticeEvent"."noticeId" AS TEXT)
    AND json_extract(a."after", '$.unitId') = "NoticeEvent"."unitId"
    AND json_extract(a."after", '$.answer') IS "NoticeEvent"."text"
    AND abs(julianday(a."at") - julianday("NoticeEvent"."at")) < 60.0 / 86400
    AND CAST(json_extract(a."after", '$.updateId') AS INTEGER) IN (SELECT "id" FROM "ProgressUpdate")
  ORDER BY abs(julianday(a."at") - julianday("NoticeEvent"."at")), a."id"
  LIMIT 1
)
WHERE "kind" = 'ANSWERED';

-- Rebuilding the two tables dropped their data-version triggers (migration data_version_every_write): again.
CREATE TRIGGER "NoticeEvent_data_version_insert" AFTER INSERT ON "NoticeEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeEvent_data_version_update" AFTER UPDATE ON "NoticeEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeEvent_data_version_delete" AFTER DELETE ON "NoticeEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupervisionNotice_data_version_insert" AFTER INSERT ON "SupervisionNotice"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupervisionNotice_data_version_update" AFTER UPDATE ON "SupervisionNotice"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupervisionNotice_data_version_delete" AFTER DELETE ON "SupervisionNotice"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
