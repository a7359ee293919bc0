-- CreateTable
CREATE TABLE "ProblemItem" (
    "problemId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,

    PRIMARY KEY ("problemId", "itemId"),
    CONSTRAINT "ProblemItem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProblemItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Keep existing links: a problem's single sub-item becomes its first ProblemItem row.
INSERT INTO "ProblemItem" ("problemId", "itemId") SELECT "id", "itemId" FROM "Problem" WHERE "itemId" IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Problem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "blocking" BOOLEAN NOT NULL,
    "raisedOn" DATETIME NOT NULL,
    "resolvedOn" DATETIME,
    "raisedInUpdateId" INTEGER,
    "resolvedInUpdateId" INTEGER,
    CONSTRAINT "Problem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Problem_raisedInUpdateId_fkey" FOREIGN KEY ("raisedInUpdateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Problem_resolvedInUpdateId_fkey" FOREIGN KEY ("resolvedInUpdateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Problem" ("blocking", "id", "key", "kind", "raisedInUpdateId", "raisedOn", "resolvedInUpdateId", "resolvedOn", "taskId", "text") SELECT "blocking", "id", "key", "kind", "raisedInUpdateId", "raisedOn", "resolvedInUpdateId", "resolvedOn", "taskId", "text" FROM "Problem";
DROP TABLE "Problem";
ALTER TABLE "new_Problem" RENAME TO "Problem";
CREATE UNIQUE INDEX "Problem_taskId_key_key" ON "Problem"("taskId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProblemItem_itemId_idx" ON "ProblemItem"("itemId");
