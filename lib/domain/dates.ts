// Calendar arithmetic on ISO dates ("YYYY-MM-DD"), all in UTC so no time zone shifts a due date.

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

export const toIsoDate = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const toUtc = (iso: IsoDate): number => Date.parse(`${iso}T00:00:00.000Z`);

/** The UTC midnight Date of an ISO date: how dates are stored (the one parser). */
export const dateOf = (iso: IsoDate): Date => new Date(toUtc(iso));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);

export const addDays = (iso: IsoDate, days: number): IsoDate => toIsoDate(new Date(toUtc(iso) + days * MS_PER_DAY));

/** China's offset from UTC (Beijing time, no daylight saving): every date the app shows or compares is a day in China. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in China of an instant: "today" at 07:30 in Shenzhen is that day, though UTC is still on the day before. */
export const chinaDay = (d: Date): IsoDate => toIsoDate(new Date(d.getTime() + CHINA_OFFSET_MS));

/** The instant a day in China begins (00:00 Beijing time, 16:00 UTC the day before). */
export const chinaDayStart = (iso: IsoDate): Date => new Date(toUtc(iso) - CHINA_OFFSET_MS);

/**
 * A stored time as an instant: a Date as it is; text as SQLite hands it back, read with its offset,
 * or as UTC when it has none (SQLite's own clock writes 'YYYY-MM-DD HH:MM:SS' in UTC; Prisma's raw
 * conversion would read that in the server's zone).
 */
export const storedInstant = (v: Date | string): Date => (v instanceof Date ? v : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(' ', 'T')}Z`));

/** Last day of a month given as "YYYY-MM" (a deadline such as 2023.12 falls due on 2023-12-31). */
export function monthEnd(yearMonth: string): IsoDate {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return toIsoDate(new Date(Date.UTC(y, m, 0)));
}

export const yearStart = (year: number): IsoDate => `${year}-01-01`;
export const yearEnd = (year: number): IsoDate => `${year}-12-31`;

/** A real calendar date written YYYY-MM-DD (2023-02-30 and 2023-13-45 are not). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const ms = toUtc(s);
  return Number.isFinite(ms) && toIsoDate(new Date(ms)) === s;
}

/**
 * The as-of date a time-dependent view uses for a plan year when none is asked for: today when
 * today falls inside that year, else the date of the year's latest approved progress update; a
 * year nobody has reported on yet is 未开始报送 (see defaultDate).
 */
export function defaultAsOf(year: number, today: IsoDate, latestUpdate: IsoDate | null): IsoDate {
  return defaultDate(year, today, latestUpdate).date;
}

/**
 * Why a screen shows the date it shows: today, the latest approved report's date, a year nobody has
 * reported on yet (未开始报送), or a date the reader chose.
 */
export type AsOfReason = 'today' | 'latest_report' | 'not_started' | 'chosen';

/**
 * The one default date of every screen of a plan year, with its reason (said on every screen).
 * Inside the year: today. Outside it: the latest approved report's date. A year without any
 * approved report is 未开始报送: today inside the year, else its first day — nothing is due on it,
 * so a year activated early (or copied late) never reads as "all overdue" before anyone reported.
 */
export function defaultDate(year: number, today: IsoDate, latestUpdate: IsoDate | null): { date: IsoDate; reason: Exclude<AsOfReason, 'chosen'> } {
  const inYear = today >= yearStart(year) && today <= yearEnd(year);
  if (latestUpdate === null) return { date: inYear ? today : yearStart(year), reason: 'not_started' };
  if (inYear) return { date: today, reason: 'today' };
  return { date: latestUpdate, reason: 'latest_report' };
}

/**
 * The as-of date a new progress report starts at: today inside the plan year, else the year's
 * last day when the year is over, else its first day (never silently a date the unit did not mean).
 */
export function defaultReportDate(year: number, today: IsoDate): IsoDate {
  if (today < yearStart(year)) return yearStart(year);
  return today > yearEnd(year) ? yearEnd(year) : today;
}

/** `?asOf=` style input: the date when it is a real calendar date inside the plan year, else null. */
export function parseAsOfParam(param: string | undefined, year: number): IsoDate | null {
  return param && isIsoDate(param) && param.startsWith(`${year}-`) ? param : null;
}
