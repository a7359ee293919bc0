import { describe, expect, it } from 'vitest';
import { pageRows } from './paging';

const rows = (groups: number[]) => groups.flatMap((n, g) => Array.from({ length: n }, (_, i) => ({ g, i })));

describe('pageRows', () => {
  it('keeps everything on one page when it fits (the seed-sized year is never paged)', () => {
    const r = rows([5, 5, 5]);
    expect(pageRows(r, 70, 1, { group: (x) => x.g })).toEqual({ items: r, page: 1, pages: 1, total: 15 });
  });

  it('never cuts a group in two: a page closes before a group that would overflow it', () => {
    const r = rows([4, 4, 4]);
    const p = [1, 2].map((n) => pageRows(r, 9, n, { group: (x) => x.g }));
    expect(p.map((x) => x.items.map((y) => y.g))).toEqual([
      [0, 0, 0, 0, 1, 1, 1, 1],
      [2, 2, 2, 2],
    ]);
    expect(p[0]!.pages).toBe(2);
  });

  it('cuts a group larger than a page between its units, never inside one', () => {
    // Group 1 has 12 rows in units (tasks) of 3: pages of 5 take one unit each after the first group.
    const r = rows([2, 12, 2]).map((x) => ({ ...x, u: `${x.g}-${Math.floor(x.i / 3)}` }));
    const p = [1, 2, 3, 4].map((n) => pageRows(r, 5, n, { group: (x) => x.g, unit: (x) => x.u }));
    expect(p[0]!.pages).toBe(4);
    // The next group, small enough, fills the last page of the big one.
    expect(p.map((x) => x.items.map((y) => y.u))).toEqual([
      ['0-0', '0-0', '1-0', '1-0', '1-0'],
      ['1-1', '1-1', '1-1'],
      ['1-2', '1-2', '1-2'],
      ['1-3', '1-3', '1-3', '2-0', '2-0'],
    ]);
  });

  it('gives a unit larger than a page a page of its own, and never an empty page', () => {
    const r = rows([7, 2, 2]).map((x) => ({ ...x, u: x.g }));
    const p = [1, 2].map((n) => pageRows(r, 5, n, { group: (x) => x.g, unit: (x) => x.u }));
    expect(p[0]!.pages).toBe(2);
    expect(p.map((x) => x.items.length)).toEqual([7, 4]);
  });

  it('cuts every `size` rows when there are no groups (sorted by variance)', () => {
    const r = rows([7]);
    expect([1, 2, 3].map((n) => pageRows(r, 3, n).items.map((x) => x.i))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('clamps a page out of range, and an empty table is one empty page', () => {
    const r = rows([3, 3]);
    expect(pageRows(r, 3, 9, { group: (x) => x.g })).toMatchObject({
      page: 2,
      items: [
        { g: 1, i: 0 },
        { g: 1, i: 1 },
        { g: 1, i: 2 },
      ],
    });
    expect(pageRows(r, 3, -1, { group: (x) => x.g }).page).toBe(1);
    expect(pageRows(r, 3, NaN).page).toBe(1);
    expect(pageRows([], 3, 1)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
  });
});
