-- CreateTable
CREATE TABLE "NoticeRecipient" (
    "noticeId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    PRIMARY KEY ("noticeId", "unitId"),
    CONSTRAINT "NoticeRecipient_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoticeRecipient_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NoticeEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "noticeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" INTEGER,
    "text" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NoticeEvent_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoticeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SupervisionNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "issuedById" INTEGER NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "requiredAction" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "answeredInUpdateId" INTEGER,
    "answeredAt" DATETIME,
    "answer" TEXT,
    "year" INTEGER NOT NULL DEFAULT 0,
    "number" INTEGER NOT NULL DEFAULT 0,
    "level" TEXT NOT NULL DEFAULT 'DUBAN',
    "urgeCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SupervisionNotice_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SupervisionNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SupervisionNotice_answeredInUpdateId_fkey" FOREIGN KEY ("answeredInUpdateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SupervisionNotice" ("answer", "answeredAt", "answeredInUpdateId", "dueDate", "id", "issuedAt", "issuedById", "reason", "requiredAction", "status", "taskId") SELECT "answer", "answeredAt", "answeredInUpdateId", "dueDate", "id", "issuedAt", "issuedById", "reason", "requiredAction", "status", "taskId" FROM "SupervisionNotice";
DROP TABLE "SupervisionNotice";
ALTER TABLE "new_SupervisionNotice" RENAME TO "SupervisionNotice";
-- Notices issued before numbering: numbered per plan year in the order they were issued; sent to
-- every unit of their task; their issue (and answer) recorded as lifecycle events.
UPDATE "SupervisionNotice" SET "year" = (SELECT "PlanYear"."year" FROM "Task" JOIN "PlanYear" ON "PlanYear"."id" = "Task"."planYearId" WHERE "Task"."id" = "SupervisionNotice"."taskId");
UPDATE "SupervisionNotice" SET "number" = (SELECT COUNT(*) FROM "SupervisionNotice" AS "earlier" WHERE "earlier"."year" = "SupervisionNotice"."year" AND "earlier"."id" <= "SupervisionNotice"."id");
INSERT INTO "NoticeRecipient" ("noticeId", "unitId") SELECT "SupervisionNotice"."id", "TaskUnit"."unitId" FROM "SupervisionNotice" JOIN "TaskUnit" ON "TaskUnit"."taskId" = "SupervisionNotice"."taskId";
INSERT INTO "NoticeEvent" ("noticeId", "kind", "actorId", "text", "at") SELECT "id", 'ISSUED', "issuedById", NULL, "issuedAt" FROM "SupervisionNotice";
INSERT INTO "NoticeEvent" ("noticeId", "kind", "actorId", "text", "at") SELECT "id", 'ANSWERED', NULL, "answer", "answeredAt" FROM "SupervisionNotice" WHERE "answeredAt" IS NOT NULL;
CREATE INDEX "SupervisionNotice_taskId_idx" ON "SupervisionNotice"("taskId");
CREATE UNIQUE INDEX "SupervisionNotice_year_number_key" ON "SupervisionNotice"("year", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "NoticeRecipient_unitId_idx" ON "NoticeRecipient"("unitId");

-- CreateIndex
CREATE INDEX "NoticeEvent_noticeId_idx" ON "NoticeEvent"("noticeId");
