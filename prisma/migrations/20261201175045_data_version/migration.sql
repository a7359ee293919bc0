-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- The one row, and the triggers that raise it on every write to what the dashboards evaluate.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);
CREATE TRIGGER "PlanYear_data_version_insert" AFTER INSERT ON "PlanYear"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "PlanYear_data_version_update" AFTER UPDATE ON "PlanYear"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "PlanYear_data_version_delete" AFTER DELETE ON "PlanYear"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Unit_data_version_insert" AFTER INSERT ON "Unit"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Unit_data_version_update" AFTER UPDATE ON "Unit"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Unit_data_version_delete" AFTER DELETE ON "Unit"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Project_data_version_insert" AFTER INSERT ON "Project"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Project_data_version_update" AFTER UPDATE ON "Project"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Project_data_version_delete" AFTER DELETE ON "Project"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Task_data_version_insert" AFTER INSERT ON "Task"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Task_data_version_update" AFTER UPDATE ON "Task"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Task_data_version_delete" AFTER DELETE ON "Task"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "TaskUnit_data_version_insert" AFTER INSERT ON "TaskUnit"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "TaskUnit_data_version_update" AFTER UPDATE ON "TaskUnit"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "TaskUnit_data_version_delete" AFTER DELETE ON "TaskUnit"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "TaskItem_data_version_insert" AFTER INSERT ON "TaskItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "TaskItem_data_version_update" AFTER UPDATE ON "TaskItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "TaskItem_data_version_delete" AFTER DELETE ON "TaskItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Indicator_data_version_insert" AFTER INSERT ON "Indicator"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Indicator_data_version_update" AFTER UPDATE ON "Indicator"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Indicator_data_version_delete" AFTER DELETE ON "Indicator"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Milestone_data_version_insert" AFTER INSERT ON "Milestone"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Milestone_data_version_update" AFTER UPDATE ON "Milestone"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Milestone_data_version_delete" AFTER DELETE ON "Milestone"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "MilestoneTarget_data_version_insert" AFTER INSERT ON "MilestoneTarget"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "MilestoneTarget_data_version_update" AFTER UPDATE ON "MilestoneTarget"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "MilestoneTarget_data_version_delete" AFTER DELETE ON "MilestoneTarget"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Problem_data_version_insert" AFTER INSERT ON "Problem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Problem_data_version_update" AFTER UPDATE ON "Problem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Problem_data_version_delete" AFTER DELETE ON "Problem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProblemItem_data_version_insert" AFTER INSERT ON "ProblemItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProblemItem_data_version_update" AFTER UPDATE ON "ProblemItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProblemItem_data_version_delete" AFTER DELETE ON "ProblemItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProgressUpdate_data_version_insert" AFTER INSERT ON "ProgressUpdate"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProgressUpdate_data_version_update" AFTER UPDATE ON "ProgressUpdate"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProgressUpdate_data_version_delete" AFTER DELETE ON "ProgressUpdate"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "IndicatorValue_data_version_insert" AFTER INSERT ON "IndicatorValue"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "IndicatorValue_data_version_update" AFTER UPDATE ON "IndicatorValue"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "IndicatorValue_data_version_delete" AFTER DELETE ON "IndicatorValue"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Setting_data_version_insert" AFTER INSERT ON "Setting"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Setting_data_version_update" AFTER UPDATE ON "Setting"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Setting_data_version_delete" AFTER DELETE ON "Setting"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
