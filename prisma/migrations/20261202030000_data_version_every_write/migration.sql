-- Every write raises the data version, not only writes to what a snapshot reads: the page cache of
-- the server (lib/page-cache.ts) keys whole pages by it, and a page also shows evidence, notices,
-- published reports and plan changes. Left out: the bookkeeping no page a visitor sees depends on
-- (Session, LoginThrottle, Reminder, ReminderRead, Delivery) and DataVersion itself.
CREATE TRIGGER "UnitAlias_data_version_insert" AFTER INSERT ON "UnitAlias"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UnitAlias_data_version_update" AFTER UPDATE ON "UnitAlias"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UnitAlias_data_version_delete" AFTER DELETE ON "UnitAlias"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UpdateResolvesProblem_data_version_insert" AFTER INSERT ON "UpdateResolvesProblem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UpdateResolvesProblem_data_version_update" AFTER UPDATE ON "UpdateResolvesProblem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UpdateResolvesProblem_data_version_delete" AFTER DELETE ON "UpdateResolvesProblem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UpdateCompletesItem_data_version_insert" AFTER INSERT ON "UpdateCompletesItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UpdateCompletesItem_data_version_update" AFTER UPDATE ON "UpdateCompletesItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "UpdateCompletesItem_data_version_delete" AFTER DELETE ON "UpdateCompletesItem"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "MilestoneReached_data_version_insert" AFTER INSERT ON "MilestoneReached"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "MilestoneReached_data_version_update" AFTER UPDATE ON "MilestoneReached"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "MilestoneReached_data_version_delete" AFTER DELETE ON "MilestoneReached"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Evidence_data_version_insert" AFTER INSERT ON "Evidence"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Evidence_data_version_update" AFTER UPDATE ON "Evidence"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Evidence_data_version_delete" AFTER DELETE ON "Evidence"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "User_data_version_insert" AFTER INSERT ON "User"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "User_data_version_update" AFTER UPDATE ON "User"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "User_data_version_delete" AFTER DELETE ON "User"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupervisionNotice_data_version_insert" AFTER INSERT ON "SupervisionNotice"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupervisionNotice_data_version_update" AFTER UPDATE ON "SupervisionNotice"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupervisionNotice_data_version_delete" AFTER DELETE ON "SupervisionNotice"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeRecipient_data_version_insert" AFTER INSERT ON "NoticeRecipient"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeRecipient_data_version_update" AFTER UPDATE ON "NoticeRecipient"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeRecipient_data_version_delete" AFTER DELETE ON "NoticeRecipient"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeEvent_data_version_insert" AFTER INSERT ON "NoticeEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeEvent_data_version_update" AFTER UPDATE ON "NoticeEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "NoticeEvent_data_version_delete" AFTER DELETE ON "NoticeEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ReportSnapshot_data_version_insert" AFTER INSERT ON "ReportSnapshot"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ReportSnapshot_data_version_update" AFTER UPDATE ON "ReportSnapshot"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ReportSnapshot_data_version_delete" AFTER DELETE ON "ReportSnapshot"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "AuditEvent_data_version_insert" AFTER INSERT ON "AuditEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "AuditEvent_data_version_update" AFTER UPDATE ON "AuditEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "AuditEvent_data_version_delete" AFTER DELETE ON "AuditEvent"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
