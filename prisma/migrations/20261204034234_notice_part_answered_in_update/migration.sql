-- A notice part answered inside a progress update names that update by a foreign key, so the part
-- can show the update's 佐证材料. An id naming no update (none should) is cleared first.
UPDATE "NoticeRecipient" SET "answeredInUpdateId" = NULL
WHERE "answeredInUpdateId" IS NOT NULL AND "answeredInUpdateId" NOT IN (SELECT "id" FROM "ProgressUpdate");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NoticeRecipient" (
    "noticeId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredAt" DATETIME,
    "answeredInUpdateId" INTEGER,

    PRIMARY KEY ("noticeId", "unitId"),
    CONSTRAINT "NoticeRecipient_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoticeRecipient_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "NoticeRecipient_answeredInUpdateId_fkey" FOREIGN KEY ("answeredInUpdateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_NoticeRecipient" ("answer", "answeredAt", "answeredInUpdateId", "noticeId", "status", "unitId") SELECT "answer", "answeredAt", "answeredInUpdateId", "noticeId", "status", "unitId" FROM "NoticeRecipient";
DROP TABLE "NoticeRecipient";
ALTER TABLE "new_NoticeRecipient" RENAME TO "NoticeRecipient";
CREATE INDEX "NoticeRecipient_unitId_idx" ON "NoticeRecipient"("unitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Rebuilding the table dropped its data-version triggers (migration data_version_every_write): again.
CREATE TRIGGER "NoticeRecipient_data_version_insert" AFTER INSERT ON "NoticeRecipient"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeRecipient_data_version_update" AFTER UPDATE ON "NoticeRecipient"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeRecipient_data_version_delete" AFTER DELETE ON "NoticeRecipient"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
