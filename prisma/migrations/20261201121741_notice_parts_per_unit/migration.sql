-- Each addressed unit's part of a 督办 notice (issue: one shared state hid who never replied).
-- AlterTable: columns with defaults, no table rebuild
ALTER TABLE "NoticeEvent" ADD COLUMN "unitId" INTEGER;
ALTER TABLE "NoticeRecipient" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'OPEN';
ALTER TABLE "NoticeRecipient" ADD COLUMN "answer" TEXT;
ALTER TABLE "NoticeRecipient" ADD COLUMN "answeredAt" DATETIME;
ALTER TABLE "NoticeRecipient" ADD COLUMN "answeredInUpdateId" INTEGER;

-- Existing notices: every addressed unit's part takes the notice's current state and answer.
UPDATE "NoticeRecipient" SET
  "status" = (SELECT n."status" FROM "SupervisionNotice" n WHERE n."id" = "NoticeRecipient"."noticeId"),
  "answer" = (SELECT n."answer" FROM "SupervisionNotice" n WHERE n."id" = "NoticeRecipient"."noticeId"),
  "answeredAt" = (SELECT n."answeredAt" FROM "SupervisionNotice" n WHERE n."id" = "NoticeRecipient"."noticeId"),
  "answeredInUpdateId" = (SELECT n."answeredInUpdateId" FROM "SupervisionNotice" n WHERE n."id" = "NoticeRecipient"."noticeId");
