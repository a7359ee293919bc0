// The festivals of the Chinese calendar a deadline is said before (春节前, 端午节前, 中秋节前), as China's
// calendar fixes them (the 紫金山天文台's computation; the Spring Festival 2023-01-22, 2024-02-10, 2025-01-29,
// 2026-02-17). From lunar-typescript, whose astronomy agrees with it: ICU's Chinese calendar (Intl,
// `ca-chinese`) is a day off in years whose new moon falls within minutes of midnight in Beijing (2027:
// 7 February for the 6th; 2030: 2 February for the 3rd).
import { Lunar } from 'lunar-typescript';
import type { IsoDate } from './dates';

/** A day of the Chinese calendar's year that begins in a Gregorian year (its ordinary month, never a leap one), as a Gregorian date. */
const lunarDay = (year: number, month: number, day: number): IsoDate => Lunar.fromYmd(year, month, day).getSolar().toYmd();

/** The Spring Festival of a Gregorian year (between 21 January and 20 February). */
export const springFestival = (year: number): IsoDate => lunarDay(year, 1, 1);

/** The festivals of a year within it whatever the calendar: 端午 (5th of the 5th month, late May to late June) and 中秋 (15th of the 8th, September to early October). */
export type YearFestival = 'dragon_boat' | 'mid_autumn';
const LUNAR_DAY: Record<YearFestival, [month: number, day: number]> = { dragon_boat: [5, 5], mid_autumn: [8, 15] };

/** The day of 端午 or 中秋 in a Gregorian year (of the year's own 5th or 8th month, never a leap month). */
export const festivalDay = (year: number, festival: YearFestival): IsoDate => lunarDay(year, ...LUNAR_DAY[festival]);
