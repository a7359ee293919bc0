-- 督办〔year〕第N号 is numbered in the year a notice is issued (China time), as a document number is,
-- not in its task's plan year: a notice issued in January on last year's task takes this year's next
-- number. `year` stays the plan year (the 督办台账 a notice is listed in); `numberYear` is new.
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
    "year" INTEGER NOT NULL DEFAULT 0,
    "numberYear" INTEGER NOT NULL DEFAULT 0,
    "number" INTEGER NOT NULL DEFAULT 0,
    "level" TEXT NOT NULL DEFAULT 'DUBAN',
    "urgeCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SupervisionNotice_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SupervisionNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- The notices issued so far keep the numbers they were issued with: numbered in their plan year.
INSERT INTO "new_SupervisionNotice" ("dueDate", "id", "issuedAt", "issuedById", "level", "number", "reason", "requiredAction", "status", "taskId", "urgeCount", "year", "numberYear") SELECT "dueDate", "id", "issuedAt", "issuedById", "level", "number", "reason", "requiredAction", "status", "taskId", "urgeCount", "year", "year" FROM "SupervisionNotice";
DROP TABLE "SupervisionNotice";
ALTER TABLE "new_SupervisionNotice" RENAME TO "SupervisionNotice";
CREATE INDEX "SupervisionNotice_taskId_idx" ON "SupervisionNotice"("taskId");
CREATE INDEX "SupervisionNotice_year_idx" ON "SupervisionNotice"("year");
CREATE UNIQUE INDEX "SupervisionNotice_numberYear_number_key" ON "SupervisionNotice"("numberYear", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Rebuilding the table dropped its data-version triggers (migration data_version_every_write): again.
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
