// zh-CN number and date formatting, shared by every screen. The Intl formatters are made on first use:
// made at the module's top they would be code a client form that shows only a date cannot drop.
import type { IsoDate } from '@/lib/domain/dates';

let num: Intl.NumberFormat | undefined;
let pct: Intl.NumberFormat | undefined;
const pct0 = () => (pct ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }));

export const fmtNumber = (n: number): string => (num ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })).format(n);
/** A number the way the report writes it: no group separators (5446人, 369万元). */
export const plain = (n: number): string => String(Math.round(n * 100) / 100);
/** 65 → "65%"; rounds to one decimal. */
export const fmtPct = (n: number): string => `${pct0().format(n)}%`;
/** What a table cell shows where there is no figure. */
export const NO_FIGURE = '—';
/** A percentage, or NO_FIGURE when there is none. */
export const fmtPctOrNone = (n: number | null): string => (n === null ? NO_FIGURE : fmtPct(n));
export const fmtPts = (n: number): string => `${pct0().format(n)}个百分点`;

/** A text shortened to `max` characters with an ellipsis, so a cut text never reads as whole; a short one as it is. */
export const clip = (text: string, max: number): string => {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
};

export function fmtDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
export function fmtMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return `${y}年${m}月`;
}
let dateTime: Intl.DateTimeFormat | undefined;
/** An instant as Beijing time, e.g. 2023/9/30 16:05 (the office's clock, whatever the server's zone). */
export const fmtDateTime = (isoInstant: string): string =>
  (dateTime ??= new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })).format(new Date(isoInstant));

export const fmtShortDate = (iso: IsoDate): string => {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
};

/** The unit an indicator's figure is shown in: % for a percent figure, else its own (个, 人, 户…). */
export const displayUnit = (i: { isPercent: boolean; unitOfMeasure: string }): string => (i.isPercent ? '%' : i.unitOfMeasure);
