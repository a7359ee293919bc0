// Edges of the rules whose main cases live in their own test files: unit scores (结果考评), plan-year
// dates, the policy's unit checks, redirects after sign-in, the client address, session limits and
// the update form's fields.
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateUnits, PARTS } from './evaluation';
import { evaluate, type OverviewTask } from './overview';
import { averages, halfYearRows, isJudged, markOf, sortByVariance, type HalfYearRow } from './half-year';
import { PERIOD_KINDS, resolvePeriod } from './periods';
import { NOTICE_STATUSES, OPEN_STATUSES } from './notices';
import { countByStatus, STATUS_ORDER, worstStatus } from './status';
import { expectation, indicatorProgress, isTaskCompleted, latestValue, planPointsOf, taskProgress, timeShare } from './progress';
import { defaultYear, shiftDate } from './plan-years';
import { DEFAULT_STATUS_SETTINGS as S } from './settings';
import { can, type Actor } from '../auth/policy';
import { safeNextPath } from '../auth/redirect';
import { clientAddress, CLIENT_ADDRESS_HEADER } from '../auth/client-address';
import { idleMinutesOf, SESSION_MAX_AGE_S } from '../auth/session-rules';
import { DYNAMIC_FIELD, field, updateToFormValues } from '../validation/update-fields';
import { A, B, C, D, overviewTask } from '@/tests/helpers/overview-task';

const task = (number: number, over: Partial<OverviewTask> = {}): OverviewTask =>
  overviewTask(number, { updateDates: ['2023-09-30'], content: `任务${number}`, units: [A], ...over });
const ms = (dueDate: string, reachedOn: string | null) => ({
  key: dueDate,
  periodLabel: '月',
  dueDate,
  text: '节点',
  indicatorKey: null,
  cumulativeTarget: null,
  reachedOn,
});

describe('unit scores (结果考评)', () => {
  const asOf = '2023-09-30';
  // Built in a hook, not at collection: mutation testing activates a mutant only from the hooks on.
  let rows: ReturnType<typeof evaluate>;
  beforeEach(() => {
    rows = evaluate(
      [
        // 甲局: a completed task (not counted for reports) and an open, fresh one; steps: one on time, one late, one reached after the date, one not yet due.
        task(1, { units: [A], completedOn: '2023-08-01' }),
        task(2, {
          units: [A],
          milestones: [ms('2023-07-31', '2023-07-31'), ms('2023-08-31', '2023-09-05'), ms('2023-09-15', '2023-10-02'), ms('2023-10-31', null)],
        }),
        // 乙局: one open task, stale and lagging (a blocking problem).
        task(3, {
          units: [B],
          updateDates: ['2023-05-01'],
          problems: [{ kind: 'OTHER', text: '卡住', blocking: true, itemNames: [], raisedOn: '2023-06-01', resolvedOn: null }],
        }),
        // 丙局: same open fresh task as 甲局's second, without steps.
        task(4, { units: [C] }),
      ],
      asOf,
      S,
    );
  });
  const notices = [
    { recipientIds: [1], dueDate: '2023-09-10', firstAnsweredOn: '2023-09-10' }, // on time
    { recipientIds: [1], dueDate: '2023-09-10', firstAnsweredOn: '2023-09-20' }, // late
    { recipientIds: [1], dueDate: '2023-10-31', firstAnsweredOn: null }, // not due, not answered: not counted yet
    { recipientIds: [1, 2], dueDate: '2023-10-31', firstAnsweredOn: '2023-09-29' }, // answered early: counts (on time) for 甲局; 乙局 too
    { recipientIds: [2], dueDate: '2023-09-01', firstAnsweredOn: null }, // overdue, never answered
  ];
  const reviews = [
    { unitId: 1, approved: true },
    { unitId: 1, approved: false },
    { unitId: 3, approved: true },
    { unitId: null, approved: false },
  ];
  // Built in a hook, not at collection: mutation testing activates a mutant only from the hooks on.
  let scores: ReturnType<typeof evaluateUnits>;
  beforeEach(() => {
    scores = evaluateUnits({ units: [A, B, C, D], rows, notices, reviews }, asOf, S);
  });
  const of = (code: string) => scores.find((s) => s.unit.code === code)!;
  const part = (code: string, key: string) => of(code).parts.find((p) => p.key === key)!;

  it('counts each part per unit as worded', () => {
    expect(PARTS).toEqual(['reports', 'milestones', 'lagging', 'notices', 'returned']);
    expect(of('a').parts.map((p) => p.key)).toEqual(PARTS);
    expect(part('a', 'reports')).toMatchObject({ good: 1, total: 1, pct: 100, weight: S.weightReports });
    expect(part('a', 'milestones')).toMatchObject({ good: 1, total: 3, weight: S.weightMilestones });
    // Task 2 is lagging: its 09-15 step was not reached by the date (reached 10-02).
    expect(part('a', 'lagging')).toMatchObject({ good: 1, total: 2, pct: 50, weight: S.weightLagging });
    expect(part('a', 'notices')).toMatchObject({ good: 2, total: 3, weight: S.weightNotices });
    expect(part('a', 'returned')).toMatchObject({ good: 1, total: 2, pct: 50, weight: S.weightReturned });
    expect(part('b', 'reports')).toMatchObject({ good: 0, total: 1, pct: 0 });
    expect(part('b', 'lagging')).toMatchObject({ good: 0, total: 1, pct: 0 });
    expect(part('b', 'notices')).toMatchObject({ good: 1, total: 2, pct: 50 });
    expect(part('b', 'milestones')).toMatchObject({ total: 0, pct: null });
    expect(part('c', 'returned')).toMatchObject({ good: 1, total: 1, pct: 100 });
  });

  it('the score is the weighted mean of the parts with data; ranks by score, ties share a rank; a unit without data is last and unranked', () => {
    const w = S;
    const a =
      (100 * w.weightReports + (100 / 3) * w.weightMilestones + 50 * w.weightLagging + (200 / 3) * w.weightNotices + 50 * w.weightReturned) /
      (w.weightReports + w.weightMilestones + w.weightLagging + w.weightNotices + w.weightReturned);
    expect(of('a').score).toBe(Math.round(a * 10) / 10);
    expect(of('b').score).toBe(
      Math.round(((0 * w.weightReports + 0 * w.weightLagging + 50 * w.weightNotices) / (w.weightReports + w.weightLagging + w.weightNotices)) * 10) / 10,
    );
    expect(of('c').score).toBe(100);
    expect(of('d')).toMatchObject({ score: null, rank: null });
    expect(scores.map((s) => [s.unit.code, s.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
      ['d', null],
    ]);
    // Equal scores share the rank; the next one counts the places taken.
    const tie = evaluateUnits(
      {
        units: [B, A, C],
        rows: evaluate([task(5, { units: [A] }), task(6, { units: [B] }), task(7, { units: [C], updateDates: [] })], asOf, S),
        notices: [],
        reviews: [],
      },
      asOf,
      S,
    );
    // 丙局's task was never reported (reports 0 %) but is not lagging (100 %).
    const c = Math.round(((100 * S.weightLagging) / (S.weightReports + S.weightLagging)) * 10) / 10;
    expect(tie.map((s) => [s.unit.code, s.score, s.rank])).toEqual([
      ['a', 100, 1],
      ['b', 100, 1],
      ['c', c, 3],
    ]);
  });

  it('a part with weight 0 is left out of the score', () => {
    const only = evaluateUnits({ units: [B], rows, notices, reviews }, asOf, { ...S, weightReports: 0, weightLagging: 0 });
    expect(only[0]!.score).toBe(50);
    const none = evaluateUnits({ units: [B], rows, notices, reviews }, asOf, { ...S, weightReports: 0, weightLagging: 0, weightNotices: 0 });
    expect(none[0]).toMatchObject({ score: null, rank: null });
  });
});

describe('plan years', () => {
  it('the dashboards open on the newest active year whatever the order given (no year contains today, none reported on)', () => {
    expect(
      defaultYear(
        [
          { year: 2022, title: '', status: 'ACTIVE' },
          { year: 2024, title: '', status: 'ACTIVE' },
          { year: 2023, title: '', status: 'ACTIVE' },
        ],
        '2030-01-01',
      ),
    ).toBe(2024);
    expect(
      defaultYear(
        [
          { year: 2021, title: '', status: 'ARCHIVED' },
          { year: 2025, title: '', status: 'DRAFT' },
        ],
        '2030-01-01',
      ),
    ).toBe(2021);
    expect(defaultYear([{ year: 2025, title: '', status: 'DRAFT' }], '2030-01-01')).toBe(2025);
  });
  it('29 February moves to a leap year as is, to a common one as the 28th (2100 is common, 2000 leap)', () => {
    expect(shiftDate('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftDate('2096-02-29', 4)).toBe('2100-02-28');
    expect(shiftDate('1996-02-29', 4)).toBe('2000-02-29');
    expect(shiftDate('2024-02-29', -1)).toBe('2023-02-28');
    expect(shiftDate('2023-03-29', 1)).toBe('2024-03-29');
    expect(shiftDate('2023-01-05', 1)).toBe('2024-01-05');
  });
});

describe('the policy, unit by unit', () => {
  const unit = (unitId: number | null): Actor => ({ id: 9, role: 'UNIT', unitId, displayName: 'u', username: 'u' });
  const leader: Actor = { id: 8, role: 'LEADER', unitId: 1, displayName: 'l', username: 'l' };
  it('acting on a notice: a unit account of a recipient unit only', () => {
    expect(can(unit(1), 'act_on_notice', { unitIds: [1, 2] })).toBe(true);
    expect(can(unit(3), 'act_on_notice', { unitIds: [1, 2] })).toBe(false);
    expect(can(unit(null), 'act_on_notice', { unitIds: [1] })).toBe(false);
    expect(can(unit(1), 'act_on_notice')).toBe(false);
    expect(can(leader, 'act_on_notice', { unitIds: [1] })).toBe(false);
  });
  it('submitting: the office, or a unit account of a responsible unit', () => {
    expect(can(unit(1), 'submit_update', { unitIds: [1] })).toBe(true);
    expect(can(unit(null), 'submit_update', { unitIds: [1] })).toBe(false);
    expect(can(leader, 'submit_update', { unitIds: [1] })).toBe(false);
    expect(can(unit(1), 'submit_update')).toBe(false);
  });
});

describe('where sign-in returns to', () => {
  it('a path of this site only, with its query and fragment', () => {
    expect(safeNextPath('/tasks/3?year=2023#plan')).toBe('/tasks/3?year=2023#plan');
    for (const bad of [null, undefined, '', 'tasks/3', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'http:/x'])
      expect(safeNextPath(bad), String(bad)).toBe('/');
  });
});

describe('the client address', () => {
  it('the socket unless it is a trusted proxy; then the last untrusted hop; IPv4-mapped addresses unwrapped', () => {
    expect(CLIENT_ADDRESS_HEADER).toBe('x-msd-client-address');
    expect(clientAddress(undefined, undefined, [])).toBe('unknown');
    expect(clientAddress(' ::ffff:10.0.0.5 ', '1.2.3.4', [])).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.1', '1.2.3.4, 5.6.7.8', ['10.0.0.1'])).toBe('5.6.7.8');
    expect(clientAddress('10.0.0.1', ['1.2.3.4', '5.6.7.8, 10.0.0.2'], ['10.0.0.1', '10.0.0.2'])).toBe('5.6.7.8');
    expect(clientAddress('10.0.0.1', ['1.2.3.4', '::ffff:5.6.7.8'], ['10.0.0.1'])).toBe('5.6.7.8');
    expect(clientAddress('10.0.0.1', '', ['10.0.0.1'])).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '10.0.0.1', ['::ffff:10.0.0.1'])).toBe('10.0.0.1');
    expect(clientAddress('fe80::ffff:1', undefined, [])).toBe('fe80::ffff:1');
  });
});

describe('session limits', () => {
  it('8 hours at most; idle minutes between 5 and 480, whole, else 60', () => {
    expect(SESSION_MAX_AGE_S).toBe(28_800);
    expect(idleMinutesOf('5')).toBe(5);
    expect(idleMinutesOf('480')).toBe(480);
    expect(idleMinutesOf('4')).toBe(60);
    expect(idleMinutesOf('481')).toBe(60);
    expect(idleMinutesOf('30.5')).toBe(60);
    expect(idleMinutesOf(null)).toBe(60);
  });
});

describe('the update form fields', () => {
  it('names every dynamic field and recognises only whole names', () => {
    expect([field.value(1), field.reason(2), field.milestone(3), field.milestoneDate(4), field.resolve(5), field.notice(6), field.item(7)]).toEqual([
      'ind_1',
      'reason_2',
      'ms_3',
      'msdate_4',
      'resolve_5',
      'notice_6',
      'item_7',
    ]);
    expect(DYNAMIC_FIELD.exec('notice_12')?.slice(1)).toEqual(['notice', '12']);
    for (const bad of ['xind_1', 'ind_1x', 'ind_', 'other_1']) expect(DYNAMIC_FIELD.test(bad), bad).toBe(false);
  });
  it('rebuilds a stored update: blanks for missing texts, reasons and ticks only where given', () => {
    const base = {
      asOf: '2023-09-30',
      narrative: 'n',
      nextSteps: null,
      problemsText: null,
      values: [{ indicatorId: 1, value: 5, reason: null }],
      milestones: [],
      newProblems: [],
      resolveProblemIds: [],
      completeItemIds: [],
      completesTask: false,
      noticeAnswers: [{ id: 4, answer: '已整改' }],
    };
    expect(updateToFormValues(base)).toEqual({ asOf: '2023-09-30', narrative: 'n', nextSteps: '', problemsText: '', ind_1: '5', notice_4: '已整改' });
    expect(
      updateToFormValues({
        ...base,
        nextSteps: '下一步',
        problemsText: '问题',
        newProblems: [{ kind: 'OTHER', text: '新问题', blocking: false }],
        completesTask: true,
      }),
    ).toMatchObject({ nextSteps: '下一步', problemsText: '问题', newProblemKind: 'OTHER', newProblemText: '新问题', completesTask: 'on' });
    expect(updateToFormValues({ ...base, newProblems: [{ kind: 'OTHER', text: '新问题', blocking: false }] })).not.toHaveProperty('newProblemBlocking');
  });
});

describe('half-year view edges', () => {
  const ind = (over: Partial<import('./types').IndicatorInput>): import('./types').IndicatorInput => ({
    key: 'k',
    name: '指标',
    unitOfMeasure: '场',
    isPercent: false,
    direction: 'AT_LEAST',
    target: 100,
    accrual: 'EVEN',
    values: [],
    ...over,
  });
  const at = '2023-06-30';
  it('resolves the period: asked 上半年/全年 at their end, a date as is, else the period of the default date when over', () => {
    const ctx = { defaultAsOf: '2023-06-30', today: '2023-07-10' };
    expect(PERIOD_KINDS).toEqual(['H1', 'FY', 'DATE']);
    expect(resolvePeriod(2023, { period: 'H1', asOf: '2023-05-01' }, ctx)).toEqual({ kind: 'H1', asOf: '2023-06-30' });
    expect(resolvePeriod(2023, { period: 'FY', asOf: null }, ctx)).toEqual({ kind: 'FY', asOf: '2023-12-31' });
    expect(resolvePeriod(2023, { period: 'DATE', asOf: '2023-05-01' }, ctx)).toEqual({ kind: 'DATE', asOf: '2023-05-01' });
    expect(resolvePeriod(2023, { period: null, asOf: null }, ctx)).toEqual({ kind: 'H1', asOf: '2023-06-30' });
    expect(resolvePeriod(2023, { period: null, asOf: null }, { defaultAsOf: '2023-06-30' })).toEqual({ kind: 'H1', asOf: '2023-06-30' });
    expect(resolvePeriod(2023, { period: null, asOf: null }, { defaultAsOf: '2023-06-20' })).toEqual({ kind: 'DATE', asOf: '2023-06-20' });
    expect(resolvePeriod(2023, { period: null, asOf: null }, { defaultAsOf: '2023-07-01' })).toEqual({ kind: 'DATE', asOf: '2023-07-01' });
    expect(resolvePeriod(2023, { period: null, asOf: null }, { defaultAsOf: '2023-12-31' })).toEqual({ kind: 'FY', asOf: '2023-12-31' });
  });
  it('marks a figure by itself', () => {
    const r = { target: 100, actual: 50, expectedPct: 50, variancePts: 0, pctOfTarget: 50, next: null };
    expect(markOf({ ...r, target: null }, 10)).toBe('not_judged');
    expect(markOf({ ...r, actual: null }, 10)).toBe('not_reported');
    expect(markOf({ ...r, mismatch: true }, 10)).toBe('mismatch');
    expect(markOf({ ...r, approx: true }, 10)).toBe('approx');
    expect(markOf({ ...r, expectedPct: null, next: { label: '9月', dueDate: '2023-09-30', value: 5 } }, 10)).toBe('before_plan');
    expect(markOf({ ...r, variancePts: null }, 10)).toBe('not_judged');
    expect(markOf({ ...r, pctOfTarget: 100, variancePts: -20 }, 10)).toBe('ahead');
    expect(markOf({ ...r, pctOfTarget: 99.9, variancePts: -10 }, 10)).toBe('behind');
    expect(markOf({ ...r, variancePts: -9.9 }, 10)).toBe('on_pace');
    expect(markOf({ ...r, variancePts: 10 }, 10)).toBe('ahead');
    expect(markOf({ ...r, variancePts: 9.9 }, 10)).toBe('on_pace');
  });
  it('one row per indicator (one for a task without): the next step once, plan points after the date only', () => {
    const steps = [
      { key: 'a', periodLabel: '5月', dueDate: '2023-05-31', text: '5月：一', indicatorKey: 'k', cumulativeTarget: 20, reachedOn: '2023-05-30' },
      { key: 'b', periodLabel: '9月', dueDate: '2023-09-30', text: '9月：二', indicatorKey: null, cumulativeTarget: null, reachedOn: null },
      { key: 'c', periodLabel: '8月', dueDate: '2023-08-31', text: '8月：三', indicatorKey: 'v', cumulativeTarget: 80, reachedOn: null },
    ];
    const t = (number: number, over: Partial<OverviewTask>) => task(number, { updateDates: [at], ...over });
    const rows = halfYearRows(
      evaluate(
        [
          t(1, {
            indicators: [
              ind({ key: 'k', accrual: 'MILESTONES', values: [{ value: 30, asOf: at, note: '备注' }] }),
              ind({ key: 'v', name: '第二', target: 200 }),
            ],
            milestones: steps,
          }),
          t(2, { milestones: steps.slice(1, 2) }),
        ],
        at,
        S,
      ),
      at,
      10,
    );
    expect(rows.map((r) => [r.taskNumber, r.indicatorKey, r.mark])).toEqual([
      [1, 'k', expect.any(String)],
      [1, 'v', 'not_reported'],
      [2, null, 'no_indicator'],
    ]);
    expect(rows[0]).toMatchObject({ actual: 30, actualAsOf: at, note: '备注', plan: [], nextMilestone: { label: '8月', text: '8月：三' } });
    expect(rows[1]).toMatchObject({ plan: [{ label: '8月', dueDate: '2023-08-31', value: 80 }], nextMilestone: null, target: 200 });
    expect(rows[2]).toMatchObject({ target: null, actual: null, nextMilestone: { label: '9月', text: '9月：二' }, plan: [] });
  });
  it('sorts most behind first, the unjudged last in task order; averages cap at 100 % and count the unreported', () => {
    const row = (taskNumber: number, variancePts: number | null, over: Partial<HalfYearRow> = {}) =>
      ({
        taskNumber,
        variancePts,
        pctOfTarget: variancePts === null ? null : 50,
        expectedPct: variancePts === null ? null : 50,
        isPercent: false,
        mark: 'on_pace',
        ...over,
      }) as HalfYearRow;
    expect(sortByVariance([row(3, null), row(1, 5), row(2, -20), row(0, null), row(4, -3)]).map((r) => r.taskNumber)).toEqual([2, 4, 1, 0, 3]);
    expect(isJudged(row(1, 0))).toBe(true);
    expect(isJudged(row(1, null))).toBe(false);
    expect(isJudged({ ...row(1, 0), expectedPct: null })).toBe(false);
    expect(
      averages([
        row(1, 0, { pctOfTarget: 150 }),
        row(2, 0, { pctOfTarget: 50 }),
        row(3, 0, { isPercent: true, pctOfTarget: 40 }),
        row(4, null, { mark: 'not_reported' }),
      ]),
    ).toEqual({ percent: { mean: 40, n: 1 }, counts: { mean: 75, n: 2 }, notReported: 1 });
    expect(averages([])).toEqual({ percent: { mean: null, n: 0 }, counts: { mean: null, n: 0 }, notReported: 0 });
  });
});

describe('notice and status constants', () => {
  it('lists every notice state; open ones are those waiting on the unit', () => {
    expect(NOTICE_STATUSES).toEqual(['OPEN', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'CLOSED']);
    expect(OPEN_STATUSES).toEqual(['OPEN', 'ACKNOWLEDGED', 'RETURNED']); // waiting on the unit
    expect(STATUS_ORDER).toEqual(['lagging', 'at_risk', 'on_track', 'completed']);
  });
  it('a task reported out of order is judged by its latest report up to the date', () => {
    const s = evaluate([task(1, { updateDates: ['2023-09-01', '2023-03-01', '2023-06-01'] })], '2023-06-15', S)[0]!.status;
    expect(s).toMatchObject({ lastUpdate: '2023-06-01', daysSinceUpdate: 14, stale: false });
  });
});

describe('progress edges', () => {
  const ctx = { planYear: 2023, deadline: '2023-12-31', asOf: '2023-06-30' };
  const step = (
    key: string,
    dueDate: string,
    indicatorKey: string | null,
    cumulativeTarget: number | null,
    alsoTargets?: { indicatorKey: string; value: number }[],
  ) => ({ key, periodLabel: key, dueDate, text: key, indicatorKey, cumulativeTarget, reachedOn: null, ...(alsoTargets ? { alsoTargets } : {}) });
  it('the latest value by date whatever the order; a later entry wins a tie; none after the date', () => {
    const v = [
      { value: 3, asOf: '2023-05-01' },
      { value: 9, asOf: '2023-06-01' },
      { value: 4, asOf: '2023-05-15' },
      { value: 10, asOf: '2023-06-01' },
      { value: 99, asOf: '2023-07-01' },
    ];
    expect(latestValue(v, '2023-06-30')).toEqual({ value: 10, asOf: '2023-06-01' });
    expect(latestValue(v, '2023-05-10')).toEqual({ value: 3, asOf: '2023-05-01' });
    expect(latestValue(v, '2023-04-30')).toBeNull();
  });
  it('time share: from 1 January to the deadline, capped 0…1; a deadline before the year has passed', () => {
    expect(timeShare(2023, '2023-12-31', '2023-12-31')).toBe(1);
    expect(timeShare(2023, '2023-12-31', '2024-02-01')).toBe(1);
    expect(timeShare(2023, '2023-12-31', '2022-12-01')).toBe(0);
    expect(timeShare(2023, '2023-01-31', '2023-01-01')).toBeCloseTo(1 / 31, 10);
    expect(timeShare(2023, '2022-12-31', '2022-12-01')).toBe(1);
  });
  it('plan points of an indicator, its own and those another step also sets, earliest first', () => {
    const ms = [
      step('c', '2023-12-31', 'k', 100),
      step('a', '2023-08-31', 'x', 5, [{ indicatorKey: 'k', value: 40 }]),
      step('b', '2023-10-31', 'k', null),
      step('d', '2023-09-30', 'k', 60),
    ];
    expect(planPointsOf('k', ms)).toEqual([
      { label: 'a', dueDate: '2023-08-31', value: 40 },
      { label: 'd', dueDate: '2023-09-30', value: 60 },
      { label: 'c', dueDate: '2023-12-31', value: 100 },
    ]);
  });
  it('MILESTONES after the deadline expect the whole target (or a higher step); AT_COMPLETION from the step that delivers it', () => {
    const ms = [step('a', '2023-05-31', 'k', 30), step('b', '2023-09-30', 'k', 120)];
    expect(expectation({ key: 'k', target: 100, accrual: 'MILESTONES' }, ms, { ...ctx, asOf: '2024-01-05' })).toEqual({ expected: 120, next: null });
    expect(expectation({ key: 'k', target: 100, accrual: 'MILESTONES' }, [], { ...ctx, asOf: '2024-01-05' })).toEqual({ expected: 100, next: null });
    expect(expectation({ key: 'k', target: 100, accrual: 'MILESTONES' }, ms, { ...ctx, asOf: '2023-12-31' })).toEqual({ expected: 120, next: null });
    expect(expectation({ key: 'k', target: 100, accrual: 'AT_COMPLETION' }, ms, ctx)).toEqual({
      expected: null,
      next: { label: 'b', dueDate: '2023-09-30', value: 120 },
    });
    expect(expectation({ key: 'k', target: 100, accrual: 'AT_COMPLETION' }, ms, { ...ctx, asOf: '2023-09-30' })).toEqual({ expected: 100, next: null });
    const late = [step('z', '2023-12-31', 'k', 100)];
    expect(expectation({ key: 'k', target: 100, accrual: 'AT_COMPLETION' }, late, ctx)).toEqual({
      expected: null,
      next: { label: null, dueDate: '2023-12-31', value: 100 },
    });
    expect(expectation({ key: 'k', target: 100, accrual: 'AT_COMPLETION' }, [step('s', '2023-06-30', 'k', 99)], ctx).next).toEqual({
      label: null,
      dueDate: '2023-12-31',
      value: 100,
    });
  });
  it('the gap in points: expected share minus actual capped at 100 %; none for 口径不一 or approximate figures', () => {
    const base = { key: 'k', name: 'n', unitOfMeasure: '场', isPercent: false, direction: 'AT_LEAST' as const, target: 200, accrual: 'EVEN' as const };
    const at = { ...ctx, asOf: '2023-12-31' };
    expect(indicatorProgress({ ...base, values: [{ value: 300, asOf: '2023-12-01' }] }, [], at)).toMatchObject({
      actualShare: 1.5,
      expectedShare: 1,
      gapPts: 0,
    });
    expect(indicatorProgress({ ...base, values: [{ value: 150, asOf: '2023-12-01' }] }, [], at).gapPts).toBe(25);
    expect(indicatorProgress({ ...base, mismatch: true, values: [{ value: 150, asOf: '2023-12-01' }] }, [], at)).toMatchObject({
      gapPts: null,
      mismatch: true,
    });
    expect(indicatorProgress({ ...base, values: [{ value: 150, asOf: '2023-12-01', approx: true }] }, [], at).gapPts).toBeNull();
    expect(indicatorProgress({ ...base, target: null, values: [{ value: 150, asOf: '2023-12-01' }] }, [], at)).toMatchObject({
      actualShare: null,
      expectedShare: null,
      gapPts: null,
    });
    expect(indicatorProgress({ ...base, note: '说明', values: [] }, [], at)).toMatchObject({ note: '说明', actual: null, actualShare: null });
  });
  it('a task: completed by date or by all its sub-items; a percent figure before its first step names the step; the soonest next step among unjudged figures', () => {
    const t = (over: Partial<import('./types').TaskInput>) => ({
      number: 1,
      planYear: 2023,
      deadlineMonth: '2023-12',
      completedOn: null,
      items: [],
      indicators: [],
      milestones: [],
      problems: [],
      updateDates: [],
      ...over,
    });
    expect(isTaskCompleted(t({ completedOn: '2023-07-01' }), '2023-06-30')).toBe(false);
    expect(isTaskCompleted(t({ completedOn: '2023-06-30' }), '2023-06-30')).toBe(true);
    expect(
      isTaskCompleted(
        t({
          items: [
            { key: 'a', name: 'a', completedOn: '2023-06-01' },
            { key: 'b', name: 'b', completedOn: '2023-07-01' },
          ],
        }),
        '2023-06-30',
      ),
    ).toBe(false);
    expect(isTaskCompleted(t({ items: [{ key: 'a', name: 'a', completedOn: '2023-06-01' }] }), '2023-06-30')).toBe(true);
    expect(taskProgress(t({ completedOn: '2023-06-01', indicators: [] }), '2023-06-30')).toMatchObject({
      actualPct: 100,
      expectedPct: null,
      basis: 'completed',
      next: null,
    });
    const visual = {
      key: 'v',
      name: '形象进度',
      unitOfMeasure: '%',
      isPercent: true,
      direction: 'AT_LEAST' as const,
      target: 100,
      accrual: 'MILESTONES' as const,
      values: [{ value: 40, asOf: '2023-06-30' }],
    };
    const p = taskProgress(t({ indicators: [visual], milestones: [step('9月', '2023-09-30', 'v', 80)] }), '2023-06-30');
    expect(p).toMatchObject({
      actualPct: 40,
      expectedPct: null,
      basis: 'percent',
      next: { label: '9月', dueDate: '2023-09-30', value: 80, indicator: '形象进度', unitOfMeasure: '%', isPercent: true },
    });
    expect(taskProgress(t({ indicators: [visual], milestones: [step('6月', '2023-06-30', 'v', 50)] }), '2023-06-30')).toMatchObject({
      actualPct: 40,
      expectedPct: 50,
      next: null,
    });
    const count = (key: string) => ({
      key,
      name: key,
      unitOfMeasure: '场',
      isPercent: false,
      direction: 'AT_LEAST' as const,
      target: 10,
      accrual: 'MILESTONES' as const,
      values: [{ value: 5, asOf: '2023-06-30' }],
    });
    const q = taskProgress(
      t({ indicators: [count('x'), count('y')], milestones: [step('11月', '2023-11-30', 'x', 8), step('8月', '2023-08-31', 'y', 6)] }),
      '2023-06-30',
    );
    expect(q).toMatchObject({ actualPct: 50, expectedPct: null, basis: 'indicators', next: { label: '8月', indicator: 'y' } });
    const rate = { ...count('r'), accrual: 'NONE' as const };
    expect(
      taskProgress(
        t({
          indicators: [rate],
          items: [
            { key: 'a', name: 'a', completedOn: '2023-06-01' },
            { key: 'b', name: 'b', completedOn: null },
          ],
        }),
        '2023-06-30',
      ),
    ).toMatchObject({ actualPct: 50, basis: 'items' });
    expect(taskProgress(t({ indicators: [rate] }), '2023-06-30')).toMatchObject({ actualPct: null, basis: 'none' });
  });
});

describe('status edges', () => {
  const asOf = '2023-06-30';
  const prob = (over: Partial<import('./types').ProblemInput>) => ({
    kind: 'OTHER' as const,
    text: '问题',
    blocking: false,
    itemNames: [],
    raisedOn: '2023-05-01',
    resolvedOn: null,
    ...over,
  });
  it('sub-items: done by the date, lagging with their own open blocking problem, else on track', () => {
    const s = evaluate(
      [
        task(1, {
          items: [
            { key: 'a', name: '甲路', completedOn: '2023-06-30' },
            { key: 'b', name: '乙路', completedOn: '2023-07-01' },
            { key: 'c', name: '丙路', completedOn: null },
          ],
          problems: [
            prob({ blocking: true, itemNames: ['乙路'], text: '征地' }),
            prob({ blocking: false, itemNames: ['丙路'] }),
            prob({ blocking: true, itemNames: ['丙路'], resolvedOn: '2023-06-01' }),
          ],
        }),
      ],
      asOf,
      S,
    )[0]!.status;
    expect(s.items).toEqual([
      { key: 'a', name: '甲路', status: 'completed', reasons: [] },
      {
        key: 'b',
        name: '乙路',
        status: 'lagging',
        reasons: [{ kind: 'blocking_problem', problemKind: 'OTHER', text: '征地', itemNames: ['乙路'], since: '2023-05-01', severity: 'red' }],
      },
      { key: 'c', name: '丙路', status: 'on_track', reasons: [] },
    ]);
  });
  it('reasons: red before amber before info; among equals a blocking problem, the deadline, overdue steps by date, figures behind; a completed task has none', () => {
    const s = evaluate(
      [
        task(1, {
          deadlineMonth: '2023-05',
          milestones: [ms('2023-06-20', null), ms('2023-06-10', null)],
          problems: [prob({ text: '一般问题' }), prob({ blocking: true, text: '卡点' })],
        }),
      ],
      asOf,
      S,
    )[0]!.status;
    expect(s.reasons.map((r) => [r.kind, r.severity])).toEqual([
      ['blocking_problem', 'red'],
      ['deadline_passed', 'red'],
      ['milestone_overdue', 'red'],
      ['milestone_overdue', 'red'],
      ['open_problem', 'info'],
    ]);
    expect(s.reasons.filter((r) => r.kind === 'milestone_overdue').map((r) => (r as { dueDate: string }).dueDate)).toEqual(['2023-06-10', '2023-06-20']);
    expect(s.reasons[2]).toMatchObject({ periodLabel: '月', text: '节点', dueDate: '2023-06-10', daysOverdue: 20 });
    expect(s.status).toBe('lagging');
    const done = evaluate([task(2, { completedOn: '2023-06-01', problems: [prob({ blocking: true })] })], asOf, S)[0]!.status;
    expect(done).toMatchObject({ status: 'completed', reasons: [] });
  });
  it('an open problem alone is information, not a risk; counts by status start at zero', () => {
    expect(evaluate([task(1, { problems: [prob({})] })], asOf, S)[0]!.status.status).toBe('on_track');
    expect(countByStatus([])).toEqual({ lagging: 0, at_risk: 0, on_track: 0, completed: 0 });
    expect(countByStatus(['lagging', 'lagging', 'completed'])).toEqual({ lagging: 2, at_risk: 0, on_track: 0, completed: 1 });
    expect(worstStatus(['completed', 'on_track'])).toBe('on_track');
    expect(worstStatus(['completed'])).toBe('completed');
    expect(worstStatus([])).toBeNull();
  });
});
