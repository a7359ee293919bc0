-- A unit's group robots: the 钉钉 加签 secret each message is signed with when sent, and the prefix
-- every message starts with (a 钉钉 robot with 自定义关键词 refuses text without its keyword).
-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "dingtalkSecret" TEXT,
ADD COLUMN     "robotPrefix" TEXT;
