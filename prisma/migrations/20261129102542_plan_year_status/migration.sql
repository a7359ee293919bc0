-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlanYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_PlanYear" ("createdAt", "id", "title", "year") SELECT "createdAt", "id", "title", "year" FROM "PlanYear";
DROP TABLE "PlanYear";
ALTER TABLE "new_PlanYear" RENAME TO "PlanYear";
CREATE UNIQUE INDEX "PlanYear_year_key" ON "PlanYear"("year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
