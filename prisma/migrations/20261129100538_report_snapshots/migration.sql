-- CreateTable
CREATE TABLE "ReportSnapshot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planYearId" INTEGER NOT NULL,
    "periodKind" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "docx" BLOB NOT NULL,
    "docxSha256" TEXT NOT NULL,
    "xlsx" BLOB NOT NULL,
    "xlsxSha256" TEXT NOT NULL,
    "publishedById" INTEGER NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "replacesId" INTEGER,
    CONSTRAINT "ReportSnapshot_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportSnapshot_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportSnapshot_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "ReportSnapshot" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReportSnapshot_planYearId_publishedAt_idx" ON "ReportSnapshot"("planYearId", "publishedAt");

-- Published reports are immutable (发布): refuse any change or removal.
CREATE TRIGGER "ReportSnapshot_no_update" BEFORE UPDATE ON "ReportSnapshot"
BEGIN
  SELECT RAISE(ABORT, 'ReportSnapshot is immutable');
END;
CREATE TRIGGER "ReportSnapshot_no_delete" BEFORE DELETE ON "ReportSnapshot"
BEGIN
  SELECT RAISE(ABORT, 'ReportSnapshot is immutable');
END;
