-- CreateTable
CREATE TABLE "UpdateResolvesProblem" (
    "updateId" INTEGER NOT NULL,
    "problemId" INTEGER NOT NULL,

    PRIMARY KEY ("updateId", "problemId"),
    CONSTRAINT "UpdateResolvesProblem_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UpdateResolvesProblem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UpdateCompletesItem" (
    "updateId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,

    PRIMARY KEY ("updateId", "itemId"),
    CONSTRAINT "UpdateCompletesItem_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UpdateCompletesItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- The JSON id lists become rows (each id that names an existing problem or sub-item, once), then
-- the columns go — dropped in place, so ProgressUpdate keeps its triggers (data_version).
INSERT INTO "UpdateResolvesProblem" ("updateId", "problemId")
  SELECT DISTINCT u."id", CAST(j."value" AS INTEGER) FROM "ProgressUpdate" u, json_each(u."resolveProblemIds") j
  WHERE u."resolveProblemIds" IS NOT NULL AND json_valid(u."resolveProblemIds")
    AND EXISTS (SELECT 1 FROM "Problem" p WHERE p."id" = CAST(j."value" AS INTEGER));
INSERT INTO "UpdateCompletesItem" ("updateId", "itemId")
  SELECT DISTINCT u."id", CAST(j."value" AS INTEGER) FROM "ProgressUpdate" u, json_each(u."completeItemIds") j
  WHERE u."completeItemIds" IS NOT NULL AND json_valid(u."completeItemIds")
    AND EXISTS (SELECT 1 FROM "TaskItem" i WHERE i."id" = CAST(j."value" AS INTEGER));
ALTER TABLE "ProgressUpdate" DROP COLUMN "resolveProblemIds";
ALTER TABLE "ProgressUpdate" DROP COLUMN "completeItemIds";

-- CreateIndex
CREATE INDEX "UpdateResolvesProblem_problemId_idx" ON "UpdateResolvesProblem"("problemId");

-- CreateIndex
CREATE INDEX "UpdateCompletesItem_itemId_idx" ON "UpdateCompletesItem"("itemId");
