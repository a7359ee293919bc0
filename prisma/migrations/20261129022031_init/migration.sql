-- CreateTable
CREATE TABLE "PlanYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortKey" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planYearId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "numeral" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    CONSTRAINT "Project_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planYearId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "deadlineMonth" TEXT NOT NULL,
    "h1Progress" TEXT NOT NULL,
    "h2Plan" TEXT NOT NULL,
    "reportClass" TEXT,
    "completedOn" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Task_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Task_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskUnit" (
    "taskId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "ord" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("taskId", "unitId"),
    CONSTRAINT "TaskUnit_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TaskUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ord" INTEGER NOT NULL,
    "completedOn" DATETIME,
    "note" TEXT,
    CONSTRAINT "TaskItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
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
    CONSTRAINT "Indicator_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "itemId" INTEGER,
    "key" TEXT NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "text" TEXT NOT NULL,
    "indicatorId" INTEGER,
    "cumulativeTarget" REAL,
    "reachedOn" DATETIME,
    "ord" INTEGER NOT NULL,
    CONSTRAINT "Milestone_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Milestone_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Milestone_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
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
    CONSTRAINT "ProgressUpdate_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "asOf" DATETIME NOT NULL,
    "note" TEXT,
    "reason" TEXT,
    CONSTRAINT "IndicatorValue_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MilestoneReached" (
    "updateId" INTEGER NOT NULL,
    "milestoneId" INTEGER NOT NULL,
    "reachedOn" DATETIME NOT NULL,

    PRIMARY KEY ("updateId", "milestoneId"),
    CONSTRAINT "MilestoneReached_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MilestoneReached_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "itemId" INTEGER,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "blocking" BOOLEAN NOT NULL,
    "raisedOn" DATETIME NOT NULL,
    "resolvedOn" DATETIME,
    "raisedInUpdateId" INTEGER,
    "resolvedInUpdateId" INTEGER,
    CONSTRAINT "Problem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Problem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Problem_raisedInUpdateId_fkey" FOREIGN KEY ("raisedInUpdateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Problem_resolvedInUpdateId_fkey" FOREIGN KEY ("resolvedInUpdateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupervisionNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "issuedById" INTEGER NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "requiredAction" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "answeredInUpdateId" INTEGER,
    "answeredAt" DATETIME,
    CONSTRAINT "SupervisionNotice_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SupervisionNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SupervisionNotice_answeredInUpdateId_fkey" FOREIGN KEY ("answeredInUpdateId") REFERENCES "ProgressUpdate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "taskId" INTEGER,
    "before" TEXT,
    "after" TEXT,
    "ip" TEXT,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanYear_year_key" ON "PlanYear"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Project_planYearId_number_key" ON "Project"("planYearId", "number");

-- CreateIndex
CREATE INDEX "Task_projectId_idx" ON "Task"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_planYearId_number_key" ON "Task"("planYearId", "number");

-- CreateIndex
CREATE INDEX "TaskUnit_unitId_idx" ON "TaskUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskItem_taskId_key_key" ON "TaskItem"("taskId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_taskId_key_key" ON "Indicator"("taskId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_taskId_key_key" ON "Milestone"("taskId", "key");

-- CreateIndex
CREATE INDEX "ProgressUpdate_taskId_status_asOf_idx" ON "ProgressUpdate"("taskId", "status", "asOf");

-- CreateIndex
CREATE INDEX "ProgressUpdate_status_idx" ON "ProgressUpdate"("status");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_idx" ON "IndicatorValue"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_updateId_indicatorId_key" ON "IndicatorValue"("updateId", "indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Problem_taskId_key_key" ON "Problem"("taskId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "SupervisionNotice_taskId_idx" ON "SupervisionNotice"("taskId");

-- CreateIndex
CREATE INDEX "AuditEvent_taskId_at_idx" ON "AuditEvent"("taskId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
