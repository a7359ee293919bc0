-- AlterTable
ALTER TABLE "SupervisionNotice" ADD COLUMN "answer" TEXT;

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" DATETIME NOT NULL,
    "lockedUntil" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProgressUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "asOf" DATETIME NOT NULL,
    "narrative" TEXT NOT NULL,
    "problemsText" TEXT,
    "nextSteps" TEXT,
    "percentComplete" REAL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "fromReport" BOOLEAN NOT NULL DEFAULT false,
    "submittedById" INTEGER,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" INTEGER,
    "reviewedAt" DATETIME,
    "reviewComment" TEXT,
    "baseVersion" INTEGER,
    "newProblems" TEXT,
    "resolveProblemIds" TEXT,
    "completeItemIds" TEXT,
    "completesTask" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ProgressUpdate_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProgressUpdate" ("asOf", "baseVersion", "fromReport", "id", "narrative", "nextSteps", "percentComplete", "problemsText", "reviewComment", "reviewedAt", "reviewedById", "status", "submittedAt", "submittedById", "taskId") SELECT "asOf", "baseVersion", "fromReport", "id", "narrative", "nextSteps", "percentComplete", "problemsText", "reviewComment", "reviewedAt", "reviewedById", "status", "submittedAt", "submittedById", "taskId" FROM "ProgressUpdate";
DROP TABLE "ProgressUpdate";
ALTER TABLE "new_ProgressUpdate" RENAME TO "ProgressUpdate";
CREATE INDEX "ProgressUpdate_taskId_status_asOf_idx" ON "ProgressUpdate"("taskId", "status", "asOf");
CREATE INDEX "ProgressUpdate_status_idx" ON "ProgressUpdate"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
