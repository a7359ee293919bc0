-- Two columns nothing read: an update's percentComplete (the figure is its indicator value) and an
-- indicator's baseline (never set by the report, the import or the editor). Dropped in place, so the
-- tables keep their triggers (data_version).
ALTER TABLE "ProgressUpdate" DROP COLUMN "percentComplete";
ALTER TABLE "Indicator" DROP COLUMN "baseline";
