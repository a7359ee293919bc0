-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "itemId" INTEGER,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitOfMeasure" TEXT NOT NULL,
    "isPercent" BOOLEAN NOT NULL DEFAULT false,
    "direction" TEXT NOT NULL,
    "target" REAL,
    "baseline" REAL,
    "accrual" TEXT NOT NULL,
    "ord" INTEGER NOT NULL,
    "note" TEXT,
    "mismatch" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Indicator_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("accrual", "baseline", "direction", "id", "isPercent", "itemId", "key", "name", "note", "ord", "target", "taskId", "unitOfMeasure") SELECT "accrual", "baseline", "direction", "id", "isPercent", "itemId", "key", "name", "note", "ord", "target", "taskId", "unitOfMeasure" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE UNIQUE INDEX "Indicator_taskId_key_key" ON "Indicator"("taskId", "key");
CREATE TABLE "new_IndicatorValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "asOf" DATETIME NOT NULL,
    "note" TEXT,
    "approx" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    CONSTRAINT "IndicatorValue_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorValue" ("asOf", "id", "indicatorId", "note", "reason", "updateId", "value") SELECT "asOf", "id", "indicatorId", "note", "reason", "updateId", "value" FROM "IndicatorValue";
DROP TABLE "IndicatorValue";
ALTER TABLE "new_IndicatorValue" RENAME TO "IndicatorValue";
CREATE INDEX "IndicatorValue_indicatorId_idx" ON "IndicatorValue"("indicatorId");
CREATE UNIQUE INDEX "IndicatorValue_updateId_indicatorId_key" ON "IndicatorValue"("updateId", "indicatorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
