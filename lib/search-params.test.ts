import { describe, expect, it } from 'vitest';
import { one, wholeParam } from './search-params';

describe('search parameters as typed by hand', () => {
  it('one: the first of a parameter given twice; nothing for an empty one', () => {
    expect(one(['2023', '2024'])).toBe('2023');
    expect(one('2023')).toBe('2023');
    expect(one('')).toBeUndefined();
    expect(one(undefined)).toBeUndefined();
  });
  it('wholeParam: a record or page number from 1; anything else is no number', () => {
    expect(wholeParam('19')).toBe(19);
    expect(wholeParam(['7', 'x'])).toBe(7);
    expect(wholeParam('999999999')).toBe(999999999);
    for (const bad of ['0', '-1', '1.5', '1e3', '01', ' 1', 'x', '3000000000', '']) expect(wholeParam(bad), bad).toBeUndefined();
  });
});
