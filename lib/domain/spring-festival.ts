// The Spring Festival (春节): the first day of the Chinese calendar's first month, as China's calendar
// fixes it (the 紫金山天文台's computation; 2023-01-22, 2024-02-10, 2025-01-29, 2026-02-17). From
// lunar-typescript, whose astronomy agrees with it: ICU's Chinese calendar (Intl, `ca-chinese`) is a day
// off in years whose new moon falls within minutes of midnight in Beijing (2027: 7 February for the 6th;
// 2030: 2 February for the 3rd).
import { Lunar } from 'lunar-typescript';
import type { IsoDate } from './dates';

/** The Spring Festival of a Gregorian year (between 21 January and 20 February). */
export function springFestival(year: number): IsoDate {
  return Lunar.fromYmd(year, 1, 1).getSolar().toYmd();
}
