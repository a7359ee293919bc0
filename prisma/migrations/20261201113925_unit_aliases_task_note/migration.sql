-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "fullName" TEXT;

-- CreateTable
CREATE TABLE "UnitAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UnitAlias_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (a column with a default: no table rebuild needed)
ALTER TABLE "Task" ADD COLUMN "note" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "UnitAlias_alias_key" ON "UnitAlias"("alias");

-- CreateIndex
CREATE INDEX "UnitAlias_unitId_idx" ON "UnitAlias"("unitId");
