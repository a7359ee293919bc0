// Calendar arithmetic on ISO dates ("YYYY-MM-DD"), all in UTC so no time zone shifts a due date.

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

export const toIsoDate = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const toUtc = (iso: IsoDate): number => Date.parse(`${iso}T00:00:00.000Z`);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);

export const addDays = (iso: IsoDate, days: number): IsoDate => toIsoDate(new Date(toUtc(iso) + days * MS_PER_DAY));

/** Last day of a month given as "YYYY-MM" (a deadline such as 2023.12 falls due on 2023-12-31). */
export function monthEnd(yearMonth: string): IsoDate {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return toIsoDate(new Date(Date.UTC(y, m, 0)));
}

export const yearStart = (year: number): IsoDate => `${year}-01-01`;
export const yearEnd = (year: number): IsoDate => `${year}-12-31`;

export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && toIsoDate(new Date(toUtc(s))) === s;

/**
 * The as-of date a time-dependent view uses for a plan year when none is asked for: today when
 * today falls inside that year, else the date of the year's latest progress update (else its end).
 */
export function defaultAsOf(year: number, today: IsoDate, latestUpdate: IsoDate | null): IsoDate {
  if (today >= yearStart(year) && today <= yearEnd(year)) return today;
  return latestUpdate ?? yearEnd(year);
}

/**
 * Due date of a plan period as printed in the report: "8月" → 8-31, "7-9月" / "7月-9月" → 9-30,
 * "12月底" → 12-31. Returns null for text without a month.
 */
export function periodDueDate(label: string, year: number): IsoDate | null {
  const months = [...label.matchAll(/(\d{1,2})/g)].map((m) => Number(m[1]));
  const last = months.at(-1);
  if (!last || last < 1 || last > 12) return null;
  return monthEnd(`${year}-${String(last).padStart(2, '0')}`);
}
