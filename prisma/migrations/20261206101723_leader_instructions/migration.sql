-- 领导批示: a leader's written instruction on a task (lib/actions/instructions.ts), pending until a 督办
-- notice puts it into effect or the office marks it read. Every write raises the data version, as for
-- every table a page shows.
-- CreateTable
CREATE TABLE "Instruction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "noticeId" INTEGER,
    "readById" INTEGER,
    "readAt" DATETIME,
    CONSTRAINT "Instruction_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Instruction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Instruction_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Instruction_readById_fkey" FOREIGN KEY ("readById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Instruction_taskId_idx" ON "Instruction"("taskId");

-- CreateIndex
CREATE INDEX "Instruction_noticeId_idx" ON "Instruction"("noticeId");

CREATE TRIGGER "Instruction_data_version_insert" AFTER INSERT ON "Instruction"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Instruction_data_version_update" AFTER UPDATE ON "Instruction"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Instruction_data_version_delete" AFTER DELETE ON "Instruction"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
