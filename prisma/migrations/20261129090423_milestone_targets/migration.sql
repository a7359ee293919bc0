-- CreateTable
CREATE TABLE "MilestoneTarget" (
    "milestoneId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "cumulativeTarget" REAL NOT NULL,

    PRIMARY KEY ("milestoneId", "indicatorId"),
    CONSTRAINT "MilestoneTarget_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MilestoneTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MilestoneTarget_indicatorId_idx" ON "MilestoneTarget"("indicatorId");
