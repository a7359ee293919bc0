-- The plan table's 牵头区领导 / 责任领导 on each task ("" where the table names none).
-- Written as ADD COLUMN by hand: the engine's redefinition of Task (new table, copy, rename) is refused by
-- the triggers that name Task (docs/postgresql.md, "A schema change").
ALTER TABLE "Task" ADD COLUMN "leadOfficial" TEXT NOT NULL DEFAULT '';
