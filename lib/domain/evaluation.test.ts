import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateUnits } from './evaluation';
import { DEFAULT_STATUS_SETTINGS } from './settings';
import type { TaskRow } from './overview';

const A = { id: 1, code: 'a', name: '甲局' };
const B = { id: 2, code: 'b', name: '乙局' };
const C = { id: 3, code: 'c', name: '丙局' };
const row = (
  units: (typeof A)[],
  status: 'lagging' | 'on_track' | 'completed',
  stale: boolean,
  milestones: { dueDate: string; reachedOn: string | null }[] = [],
) => ({ task: { units, milestones }, status: { status, stale } }) as unknown as TaskRow;

const asOf = '2023-09-30';

describe('结果考评', () => {
  // Built in a hook, not at collection: mutation testing activates a mutant only from the hooks on.
  let scores: ReturnType<typeof evaluateUnits>;
  beforeEach(() => {
    scores = evaluateUnits(
      {
        units: [A, B, C],
        rows: [
          row([A], 'on_track', false, [
            { dueDate: '2023-08-31', reachedOn: '2023-08-20' },
            { dueDate: '2023-09-30', reachedOn: '2023-10-05' },
            { dueDate: '2023-12-31', reachedOn: null },
          ]),
          row([A, B], 'lagging', true, [{ dueDate: '2023-07-31', reachedOn: null }]),
          row([B], 'completed', true),
        ],
        notices: [
          { recipientIds: [1], dueDate: '2023-08-15', firstAnsweredOn: '2023-08-10' },
          { recipientIds: [1, 2], dueDate: '2023-09-15', firstAnsweredOn: '2023-09-20' },
          { recipientIds: [2], dueDate: '2023-12-31', firstAnsweredOn: null }, // not due yet, not answered: not counted
        ],
        reviews: [
          { unitId: 1, approved: true },
          { unitId: 1, approved: false },
          { unitId: 2, approved: true },
          { unitId: null, approved: false },
        ],
      },
      asOf,
      DEFAULT_STATUS_SETTINGS,
    );
  });
  const of = (code: string) => scores.find((s) => s.unit.code === code)!;

  it('each part is a share with its counts', () => {
    expect(of('a').parts.map((p) => [p.key, p.good, p.total])).toEqual([
      ['reports', 1, 2], // two open tasks, one reported within the window
      ['milestones', 1, 3], // due by 09-30: one on time, one late (10-05 after 09-30), one never
      ['lagging', 1, 2],
      ['notices', 1, 2], // one answered before its limit, one after
      ['returned', 1, 2],
    ]);
  });

  it('the score is the weighted mean over the parts with something to count', () => {
    // A: (50·25 + 33.3·25 + 50·20 + 50·15 + 50·15) / 100
    expect(of('a').score).toBeCloseTo((50 * 25 + (100 / 3) * 25 + 50 * 20 + 50 * 15 + 50 * 15) / 100, 1);
    // B: reports 0/1 (its completed task is not open), milestones 0/1, lagging 1/2, notices 0/1, returned 1/1.
    expect(of('b').parts.map((p) => p.pct)).toEqual([0, 0, 50, 0, 100]);
    expect(of('b').score).toBeCloseTo((0 * 25 + 0 * 25 + 50 * 20 + 0 * 15 + 100 * 15) / 100, 1);
  });

  it('a unit with nothing to count is not scored, and ranked last without a rank; others ranked by score', () => {
    expect(of('c')).toMatchObject({ score: null, rank: null });
    expect(of('c').parts.every((p) => p.pct === null)).toBe(true);
    expect(scores.map((s) => [s.unit.code, s.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', null],
    ]);
  });

  it('a part without data leaves the others\u2019 weights in proportion; a zero weight drops a part', () => {
    const only = evaluateUnits({ units: [A], rows: [row([A], 'on_track', false)], notices: [], reviews: [] }, asOf, DEFAULT_STATUS_SETTINGS);
    expect(only[0]!.score).toBe(100); // reports 1/1 and not lagging 1/1; milestones, notices, returned not counted
    const noReports = evaluateUnits({ units: [A], rows: [row([A], 'on_track', true)], notices: [], reviews: [] }, asOf, {
      ...DEFAULT_STATUS_SETTINGS,
      weightReports: 0,
    });
    expect(noReports[0]!.score).toBe(100);
  });

  it('equal scores share a rank', () => {
    const tie = evaluateUnits(
      { units: [A, B], rows: [row([A], 'on_track', false), row([B], 'on_track', false)], notices: [], reviews: [] },
      asOf,
      DEFAULT_STATUS_SETTINGS,
    );
    expect(tie.map((s) => s.rank)).toEqual([1, 1]);
  });
});
