// Thresholds of the status engine: defaults from Chinese supervision practice, overridable per
// deployment through the Setting table (read with the plan snapshot, lib/data/plan.ts; changed with npm run settings).

export type StatusSettings = {
  /** Percentage points behind expected from which a figure is amber (inclusive). */
  amberGapPts: number;
  /** Percentage points behind expected beyond which a figure is red (exclusive). */
  redGapPts: number;
  /** A milestone due within this many days counts as "due soon". */
  dueSoonDays: number;
  /** A task with no update for more than this many days is stale. */
  staleDays: number;
  /** 临近提醒: a milestone, deadline or notice due within this many days is reminded of. */
  remindDaysBefore: number;
  /** 结果考评 weights (lib/domain/evaluation.ts): reports on time, milestones on time, tasks not lagging, notices answered in time, updates not returned. */
  weightReports: number;
  weightMilestones: number;
  weightLagging: number;
  weightNotices: number;
  weightReturned: number;
  /** 佐证材料 (lib/domain/evidence.ts): the largest file, files per submission, a unit's total, in MB and files. */
  evidenceMaxFileMb: number;
  evidenceMaxFiles: number;
  evidenceUnitQuotaMb: number;
  /** A figure that moved by at least this many points of its target with no evidence attached is flagged on the review card. */
  evidenceFlagPts: number;
};

export const DEFAULT_STATUS_SETTINGS: StatusSettings = {
  amberGapPts: 10,
  redGapPts: 30,
  dueSoonDays: 14,
  staleDays: 30,
  remindDaysBefore: 3,
  weightReports: 25,
  weightMilestones: 25,
  weightLagging: 20,
  weightNotices: 15,
  weightReturned: 15,
  evidenceMaxFileMb: 20,
  evidenceMaxFiles: 9,
  evidenceUnitQuotaMb: 2048,
  evidenceFlagPts: 20,
};

export const SETTING_KEYS = Object.keys(DEFAULT_STATUS_SETTINGS) as (keyof StatusSettings)[];

/** Merges stored "key → string" settings over the defaults; ignores unknown or non-numeric ones. */
export function resolveSettings(stored: { key: string; value: string }[]): StatusSettings {
  const out = { ...DEFAULT_STATUS_SETTINGS };
  for (const { key, value } of stored) {
    const n = Number(value);
    if ((SETTING_KEYS as string[]).includes(key) && Number.isFinite(n) && n >= 0) out[key as keyof StatusSettings] = n;
  }
  return out;
}

/** Checks one new value against the others; returns an error message (English, for the CLI) or null. */
export function checkSetting(key: string, value: string, current: StatusSettings): string | null {
  if (!(SETTING_KEYS as string[]).includes(key)) return `unknown setting ${key}; known: ${SETTING_KEYS.join(', ')}`;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) return `${key} must be a non-negative number`;
  const next = { ...current, [key]: n };
  if (next.amberGapPts > next.redGapPts) return 'amberGapPts must not exceed redGapPts';
  return null;
}
