-- PostgreSQL's history starts here, at the schema SQLite's history (prisma/migrations) reached on
-- 2026-12-02, with the same rules in PL/pgSQL: the append-only audit, immutable published reports,
-- and the data version every write raises.

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Category" AS ENUM ('ENGINEERING', 'SERVICE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SUPERVISOR', 'UNIT', 'LEADER');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('AT_LEAST', 'EXACTLY');

-- CreateEnum
CREATE TYPE "Accrual" AS ENUM ('EVEN', 'MILESTONES', 'AT_COMPLETION', 'NONE');

-- CreateEnum
CREATE TYPE "ReportClass" AS ENUM ('COMPLETED', 'GOOD', 'LAGGING', 'PLANNED');

-- CreateEnum
CREATE TYPE "UpdateStatus" AS ENUM ('PENDING', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ProblemKind" AS ENUM ('PRELIMINARY', 'COORDINATION', 'PUBLICITY', 'OTHER');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'CLOSED');

-- CreateEnum
CREATE TYPE "NoticeLevel" AS ENUM ('DUBAN', 'CUIBAN', 'YUETAN');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('H1', 'FY', 'DATE');

-- CreateEnum
CREATE TYPE "ReminderRule" AS ENUM ('DUE_SOON', 'OVERDUE', 'NOT_REPORTED', 'NOTICE_ISSUED', 'NOTICE_URGED', 'NOTICE_RETURNED', 'UPDATE_RETURNED');

-- CreateEnum
CREATE TYPE "DeliveryChannel" AS ENUM ('WECOM', 'DINGTALK');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "NoticeEventKind" AS ENUM ('ISSUED', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'CLOSED', 'URGED');

-- CreateEnum
CREATE TYPE "PlanYearStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('image', 'pdf', 'document');

-- CreateTable
CREATE TABLE "PlanYear" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PlanYearStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fullName" TEXT,
    "sortKey" INTEGER NOT NULL,
    "wecomWebhook" TEXT,
    "dingtalkWebhook" TEXT,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitAlias" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "planYearId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "numeral" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" "Category" NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "planYearId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "deadlineMonth" TEXT NOT NULL,
    "h1Progress" TEXT NOT NULL,
    "h2Plan" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reportClass" "ReportClass",
    "completedOn" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskUnit" (
    "taskId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "ord" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TaskUnit_pkey" PRIMARY KEY ("taskId","unitId")
);

-- CreateTable
CREATE TABLE "TaskItem" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ord" INTEGER NOT NULL,
    "completedOn" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "TaskItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "itemId" INTEGER,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitOfMeasure" TEXT NOT NULL,
    "isPercent" BOOLEAN NOT NULL DEFAULT false,
    "direction" "Direction" NOT NULL,
    "target" DOUBLE PRECISION,
    "accrual" "Accrual" NOT NULL,
    "ord" INTEGER NOT NULL,
    "note" TEXT,
    "mismatch" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "itemId" INTEGER,
    "key" TEXT NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "indicatorId" INTEGER,
    "cumulativeTarget" DOUBLE PRECISION,
    "reachedOn" TIMESTAMP(3),
    "ord" INTEGER NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "narrative" TEXT NOT NULL,
    "problemsText" TEXT,
    "nextSteps" TEXT,
    "status" "UpdateStatus" NOT NULL DEFAULT 'PENDING',
    "fromReport" BOOLEAN NOT NULL DEFAULT false,
    "submittedById" INTEGER,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "baseVersion" INTEGER,
    "newProblems" TEXT,
    "completesTask" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "updateId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "approx" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneTarget" (
    "milestoneId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "cumulativeTarget" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MilestoneTarget_pkey" PRIMARY KEY ("milestoneId","indicatorId")
);

-- CreateTable
CREATE TABLE "MilestoneReached" (
    "updateId" INTEGER NOT NULL,
    "milestoneId" INTEGER NOT NULL,
    "reachedOn" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MilestoneReached_pkey" PRIMARY KEY ("updateId","milestoneId")
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ProblemKind" NOT NULL,
    "text" TEXT NOT NULL,
    "blocking" BOOLEAN NOT NULL,
    "raisedOn" TIMESTAMP(3) NOT NULL,
    "resolvedOn" TIMESTAMP(3),
    "raisedInUpdateId" INTEGER,
    "resolvedInUpdateId" INTEGER,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "updateId" INTEGER,
    "noticeEventId" INTEGER,
    "uploadedById" INTEGER NOT NULL,
    "unitId" INTEGER,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "caption" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "screenSha256" TEXT,
    "thumbSha256" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UpdateResolvesProblem" (
    "updateId" INTEGER NOT NULL,
    "problemId" INTEGER NOT NULL,

    CONSTRAINT "UpdateResolvesProblem_pkey" PRIMARY KEY ("updateId","problemId")
);

-- CreateTable
CREATE TABLE "UpdateCompletesItem" (
    "updateId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,

    CONSTRAINT "UpdateCompletesItem_pkey" PRIMARY KEY ("updateId","itemId")
);

-- CreateTable
CREATE TABLE "ProblemItem" (
    "problemId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,

    CONSTRAINT "ProblemItem_pkey" PRIMARY KEY ("problemId","itemId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionNotice" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "issuedById" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "requiredAction" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'OPEN',
    "answeredInUpdateId" INTEGER,
    "answeredAt" TIMESTAMP(3),
    "answer" TEXT,
    "year" INTEGER NOT NULL DEFAULT 0,
    "number" INTEGER NOT NULL DEFAULT 0,
    "level" "NoticeLevel" NOT NULL DEFAULT 'DUBAN',
    "urgeCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SupervisionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeRecipient" (
    "noticeId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredInUpdateId" INTEGER,

    CONSTRAINT "NoticeRecipient_pkey" PRIMARY KEY ("noticeId","unitId")
);

-- CreateTable
CREATE TABLE "NoticeEvent" (
    "id" SERIAL NOT NULL,
    "noticeId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "kind" "NoticeEventKind" NOT NULL,
    "actorId" INTEGER,
    "text" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "taskId" INTEGER,
    "before" TEXT,
    "after" TEXT,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ReportSnapshot" (
    "id" SERIAL NOT NULL,
    "planYearId" INTEGER NOT NULL,
    "periodKind" "PeriodKind" NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "docx" BYTEA NOT NULL,
    "docxSha256" TEXT NOT NULL,
    "xlsx" BYTEA NOT NULL,
    "xlsxSha256" TEXT NOT NULL,
    "publishedById" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "replacesId" INTEGER,

    CONSTRAINT "ReportSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "rule" "ReminderRule" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "taskNumber" INTEGER,
    "planYear" INTEGER,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderRead" (
    "reminderId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderRead_pkey" PRIMARY KEY ("reminderId","userId")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "reminderId" INTEGER NOT NULL,
    "channel" "DeliveryChannel" NOT NULL,
    "url" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanYear_year_key" ON "PlanYear"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "UnitAlias_alias_key" ON "UnitAlias"("alias");

-- CreateIndex
CREATE INDEX "UnitAlias_unitId_idx" ON "UnitAlias"("unitId");

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
CREATE INDEX "MilestoneTarget_indicatorId_idx" ON "MilestoneTarget"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Problem_taskId_key_key" ON "Problem"("taskId", "key");

-- CreateIndex
CREATE INDEX "Evidence_updateId_idx" ON "Evidence"("updateId");

-- CreateIndex
CREATE INDEX "Evidence_noticeEventId_idx" ON "Evidence"("noticeEventId");

-- CreateIndex
CREATE INDEX "Evidence_taskId_idx" ON "Evidence"("taskId");

-- CreateIndex
CREATE INDEX "Evidence_unitId_idx" ON "Evidence"("unitId");

-- CreateIndex
CREATE INDEX "UpdateResolvesProblem_problemId_idx" ON "UpdateResolvesProblem"("problemId");

-- CreateIndex
CREATE INDEX "UpdateCompletesItem_itemId_idx" ON "UpdateCompletesItem"("itemId");

-- CreateIndex
CREATE INDEX "ProblemItem_itemId_idx" ON "ProblemItem"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SupervisionNotice_taskId_idx" ON "SupervisionNotice"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_year_number_key" ON "SupervisionNotice"("year", "number");

-- CreateIndex
CREATE INDEX "NoticeRecipient_unitId_idx" ON "NoticeRecipient"("unitId");

-- CreateIndex
CREATE INDEX "NoticeEvent_noticeId_idx" ON "NoticeEvent"("noticeId");

-- CreateIndex
CREATE INDEX "AuditEvent_taskId_at_idx" ON "AuditEvent"("taskId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "ReportSnapshot_planYearId_publishedAt_idx" ON "ReportSnapshot"("planYearId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

-- CreateIndex
CREATE INDEX "Reminder_unitId_day_idx" ON "Reminder"("unitId", "day");

-- CreateIndex
CREATE INDEX "ReminderRead_userId_idx" ON "ReminderRead"("userId");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_reminderId_channel_key" ON "Delivery"("reminderId", "channel");

-- AddForeignKey
ALTER TABLE "UnitAlias" ADD CONSTRAINT "UnitAlias_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUnit" ADD CONSTRAINT "TaskUnit_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUnit" ADD CONSTRAINT "TaskUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskItem" ADD CONSTRAINT "TaskItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneTarget" ADD CONSTRAINT "MilestoneTarget_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneTarget" ADD CONSTRAINT "MilestoneTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneReached" ADD CONSTRAINT "MilestoneReached_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneReached" ADD CONSTRAINT "MilestoneReached_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_raisedInUpdateId_fkey" FOREIGN KEY ("raisedInUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_resolvedInUpdateId_fkey" FOREIGN KEY ("resolvedInUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_noticeEventId_fkey" FOREIGN KEY ("noticeEventId") REFERENCES "NoticeEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpdateResolvesProblem" ADD CONSTRAINT "UpdateResolvesProblem_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpdateResolvesProblem" ADD CONSTRAINT "UpdateResolvesProblem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpdateCompletesItem" ADD CONSTRAINT "UpdateCompletesItem_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpdateCompletesItem" ADD CONSTRAINT "UpdateCompletesItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemItem" ADD CONSTRAINT "ProblemItem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemItem" ADD CONSTRAINT "ProblemItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TaskItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_answeredInUpdateId_fkey" FOREIGN KEY ("answeredInUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeRecipient" ADD CONSTRAINT "NoticeRecipient_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeRecipient" ADD CONSTRAINT "NoticeRecipient_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeEvent" ADD CONSTRAINT "NoticeEvent_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeEvent" ADD CONSTRAINT "NoticeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSnapshot" ADD CONSTRAINT "ReportSnapshot_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSnapshot" ADD CONSTRAINT "ReportSnapshot_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSnapshot" ADD CONSTRAINT "ReportSnapshot_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "ReportSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderRead" ADD CONSTRAINT "ReminderRead_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderRead" ADD CONSTRAINT "ReminderRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one data-version row (lib/data/plan.ts reads it with every plan year; the page cache keys pages by it).
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Every write raises the data version, once per statement, on every table but the bookkeeping no
-- page a visitor sees depends on (Session, LoginThrottle, Reminder, ReminderRead, Delivery).
CREATE FUNCTION "raise_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "PlanYear_data_version" AFTER INSERT OR UPDATE OR DELETE ON "PlanYear" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Unit_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Unit" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "UnitAlias_data_version" AFTER INSERT OR UPDATE OR DELETE ON "UnitAlias" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Project_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Project" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Task_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Task" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "TaskUnit_data_version" AFTER INSERT OR UPDATE OR DELETE ON "TaskUnit" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "TaskItem_data_version" AFTER INSERT OR UPDATE OR DELETE ON "TaskItem" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Indicator_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Indicator" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Milestone_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Milestone" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "ProgressUpdate_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ProgressUpdate" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "IndicatorValue_data_version" AFTER INSERT OR UPDATE OR DELETE ON "IndicatorValue" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "MilestoneTarget_data_version" AFTER INSERT OR UPDATE OR DELETE ON "MilestoneTarget" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "MilestoneReached_data_version" AFTER INSERT OR UPDATE OR DELETE ON "MilestoneReached" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Problem_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Problem" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Evidence_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Evidence" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "UpdateResolvesProblem_data_version" AFTER INSERT OR UPDATE OR DELETE ON "UpdateResolvesProblem" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "UpdateCompletesItem_data_version" AFTER INSERT OR UPDATE OR DELETE ON "UpdateCompletesItem" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "ProblemItem_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ProblemItem" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "User_data_version" AFTER INSERT OR UPDATE OR DELETE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "SupervisionNotice_data_version" AFTER INSERT OR UPDATE OR DELETE ON "SupervisionNotice" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "NoticeRecipient_data_version" AFTER INSERT OR UPDATE OR DELETE ON "NoticeRecipient" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "NoticeEvent_data_version" AFTER INSERT OR UPDATE OR DELETE ON "NoticeEvent" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "AuditEvent_data_version" AFTER INSERT OR UPDATE OR DELETE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "Setting_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Setting" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();
CREATE TRIGGER "ReportSnapshot_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ReportSnapshot" FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_version"();

-- Audit events are append-only (留痕). One change is let through: a removed task's rows losing their
-- link (the foreign key sets taskId to NULL once the task row is gone), every other column unchanged.
CREATE FUNCTION "audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."taskId" IS NOT NULL AND NEW."taskId" IS NULL
     AND NOT EXISTS (SELECT 1 FROM "Task" WHERE "id" = OLD."taskId")
     AND NEW."id" = OLD."id" AND NEW."at" IS NOT DISTINCT FROM OLD."at" AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
     AND NEW."action" IS NOT DISTINCT FROM OLD."action" AND NEW."entityType" IS NOT DISTINCT FROM OLD."entityType"
     AND NEW."entityId" IS NOT DISTINCT FROM OLD."entityId" AND NEW."before" IS NOT DISTINCT FROM OLD."before"
     AND NEW."after" IS NOT DISTINCT FROM OLD."after" AND NEW."ip" IS NOT DISTINCT FROM OLD."ip" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_append_only"();

-- A published report is frozen.
CREATE FUNCTION "report_snapshot_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ReportSnapshot is immutable';
END;
$$;
CREATE TRIGGER "ReportSnapshot_immutable" BEFORE UPDATE OR DELETE ON "ReportSnapshot" FOR EACH ROW EXECUTE FUNCTION "report_snapshot_immutable"();
