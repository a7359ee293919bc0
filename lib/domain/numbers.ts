// Small numeric helpers shared by the rules: one rounding, one mean.

/** Rounds to one decimal (the precision every percentage is shown with). */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Rounds to one decimal, passing null through. */
export const round1OrNull = (x: number | null): number | null => (x === null ? null : round1(x));

/** Units that count whole things (people, households, events…): an expected value is shown whole. */
const WHOLE_UNITS = /^(人|人次|户|个|场|台|套|张|位|支|条|名|家|次|课时)$/;

/** Whether figures in this unit are whole counts (250.5 households is not a figure). */
export const isWholeUnit = (unitOfMeasure: string): boolean => WHOLE_UNITS.test(unitOfMeasure);

/** An expected value as it may be shown: one decimal for percentages and amounts, whole for counts. */
export const displayExpected = (value: number, unitOfMeasure: string, isPercent: boolean): number =>
  !isPercent && WHOLE_UNITS.test(unitOfMeasure) ? Math.round(value) : round1(value);

/** Arithmetic mean; null for an empty list (no figure, never 0). */
export const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * A figure as typed: decimal notation ("12", "0.5", "-3"), read through the forms an office writes it
 * in — full-width digits and signs (a Chinese input method in full-width mode: １８００, ６５．５),
 * thousands grouped by commas (1,786 — as the screens show figures), and, when `unit` is given, that
 * unit after the figure (1800户, 65%). Hexadecimal, binary, exponent, 十二, a comma that does not group
 * thousands (1,80) and anything else is not a figure (Number() would read 0x10 as 16 and 1e300 as a
 * number).
 */
export function parseDecimal(s: string, unit?: string): number | null {
  let t = s.normalize('NFKC').trim();
  const u = unit?.normalize('NFKC').trim();
  if (u && t.endsWith(u)) t = t.slice(0, -u.length).trimEnd();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replaceAll(',', '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
