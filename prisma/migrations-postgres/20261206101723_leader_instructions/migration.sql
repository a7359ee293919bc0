-- 领导批示: a leader's written instruction on a task (lib/actions/instructions.ts).
-- CreateTable
CREATE TABLE "Instruction" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "noticeId" INTEGER,
    "readById" INTEGER,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Instruction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Instruction_taskId_idx" ON "Instruction"("taskId");

-- CreateIndex
CREATE INDEX "Instruction_noticeId_idx" ON "Instruction"("noticeId");

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instruction" ADD CONSTRAINT "Instruction_readById_fkey" FOREIGN KEY ("readById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every write raises the data version, as for every table a page shows.
CREATE TRIGGER "Instruction_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Instruction" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
