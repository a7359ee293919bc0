-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "updateId" INTEGER,
    "noticeEventId" INTEGER,
    "uploadedById" INTEGER NOT NULL,
    "unitId" INTEGER,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "caption" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "screenSha256" TEXT,
    "thumbSha256" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Evidence_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_noticeEventId_fkey" FOREIGN KEY ("noticeEventId") REFERENCES "NoticeEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("caption", "fileName", "id", "kind", "mime", "public", "screenSha256", "sha256", "size", "taskId", "thumbSha256", "unitId", "updateId", "uploadedAt", "uploadedById") SELECT "caption", "fileName", "id", "kind", "mime", "public", "screenSha256", "sha256", "size", "taskId", "thumbSha256", "unitId", "updateId", "uploadedAt", "uploadedById" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_updateId_idx" ON "Evidence"("updateId");
CREATE INDEX "Evidence_noticeEventId_idx" ON "Evidence"("noticeEventId");
CREATE INDEX "Evidence_taskId_idx" ON "Evidence"("taskId");
CREATE INDEX "Evidence_unitId_idx" ON "Evidence"("unitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
