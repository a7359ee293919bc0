import { describe, expect, it } from 'vitest';
import { parseDecimal } from './numbers';

describe('a figure as an office types it', () => {
  it('reads decimal notation', () => {
    expect(parseDecimal('1800')).toBe(1800);
    expect(parseDecimal(' 12.5 ')).toBe(12.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('0')).toBe(0);
  });

  it('reads full-width digits and signs, as a Chinese input method in full-width mode types them', () => {
    expect(parseDecimal('１８００')).toBe(1800);
    expect(parseDecimal('６５．５')).toBe(65.5);
    expect(parseDecimal('－３')).toBe(-3);
  });

  it('reads thousands grouped by commas, as the screens show figures (上次审核通过：1,786位)', () => {
    expect(parseDecimal('1,786')).toBe(1786);
    expect(parseDecimal('12,345,678.5')).toBe(12345678.5);
    expect(parseDecimal('１，７８６')).toBe(1786);
    // A comma that does not group thousands is not a figure: 1,80 might be 1.80 or 180.
    expect(parseDecimal('1,80')).toBeNull();
    expect(parseDecimal('1800,')).toBeNull();
    expect(parseDecimal(',180')).toBeNull();
    expect(parseDecimal('1,8000')).toBeNull();
  });

  it('reads the figure’s own unit after it, and no other', () => {
    expect(parseDecimal('1800户', '户')).toBe(1800);
    expect(parseDecimal('65%', '%')).toBe(65);
    expect(parseDecimal('65％', '%')).toBe(65);
    expect(parseDecimal('12.5 万元', '万元')).toBe(12.5);
    expect(parseDecimal('1800人', '户')).toBeNull();
    expect(parseDecimal('1800户')).toBeNull();
    expect(parseDecimal('户', '户')).toBeNull();
  });

  it('refuses what is not decimal notation', () => {
    for (const s of ['', ' ', '十二', '1e3', '0x10', '0b11', '12.', '.5', 'Infinity', 'NaN', '1 800', '1.800,5', '--3']) expect(parseDecimal(s), s).toBeNull();
  });
});
