// The 驾驶舱's lists in words, from statuses the engine gives on a small hand-made plan.
import { describe, expect, it } from 'vitest';
import { countByStatus, evaluate, projectSummaries, unitSummaries, type OverviewTask } from '@/lib/domain/overview';
import { laggingMostOverdueFirst } from '@/lib/domain/leadership';
import { milestonesDueSoon } from '@/lib/domain/milestones';
import { DEFAULT_STATUS_SETTINGS as S } from '@/lib/domain/settings';
import type { UnitScore } from '@/lib/domain/evaluation';
import { A, B, C, overviewTask } from '@/tests/helpers/overview-task';
import { compareStatuses } from '@/lib/domain/changes';
import { changeRows, dueRows, evaluationRows, laggingRows, leadProjects, ledRows, unitRows } from './worded';

const task = (number: number, over: Partial<OverviewTask> = {}): OverviewTask => overviewTask(number, { units: [A], ...over });
// 1 lagging: a blocking problem, no step overdue; 2 lagging: its deadline (March) 91 days past;
// 3 on track, no report ever from its unit C.
const rows = evaluate(
  [
    task(1, {
      units: [A, B],
      problems: [{ kind: 'PRELIMINARY', text: '前期手续未完成', blocking: true, itemNames: [], raisedOn: '2023-05-01', resolvedOn: null }],
    }),
    task(2, { deadlineMonth: '2023-03', units: [B], updateDates: [] }),
    task(3, { units: [C], updateDates: [] }),
  ],
  '2023-06-30',
  S,
);
const link = (n: number) => `/tasks/${n}?year=2023`;

describe('滞后任务 in words', () => {
  const lagging = laggingRows(laggingMostOverdueFirst(rows), new Map([[2, 3]]), link);

  it('the most overdue first, with its days and the same reason beside them', () => {
    expect(lagging.map((r) => r.number)).toEqual([2, 1]);
    expect(lagging[0]).toMatchObject({
      head: '任务2',
      units: '乙局',
      overdue: '逾期91天',
      notices: '督办中（3）',
      content: '任务内容2',
      href: '/tasks/2?year=2023',
    });
    expect(lagging[0]!.first).toContain('91天');
    expect(lagging[0]!.reasons[0]).toEqual({ severity: 'red', text: lagging[0]!.first });
  });

  it('a task lagging for a problem, not a date: no days, no badge, the problem as its line', () => {
    expect(lagging[1]).toMatchObject({ head: '任务1', units: '甲局、乙局', overdue: null, notices: null });
    expect(lagging[1]!.first).toContain('前期手续未完成');
    expect(lagging[1]!.reasons.map((r) => r.text)).toContain(lagging[1]!.first);
  });

  it('for a leader each row links to its task’s 领导批示 form; for anyone else no such link', () => {
    expect(lagging.every((r) => r.instructHref === undefined)).toBe(true);
    const forLeader = laggingRows(laggingMostOverdueFirst(rows), new Map(), link, (n) => `/tasks/${n}?year=2023&instruct=1#li-h`);
    expect(forLeader.map((r) => r.instructHref)).toEqual(['/tasks/2?year=2023&instruct=1#li-h', '/tasks/1?year=2023&instruct=1#li-h']);
  });
});

describe('我牵头的任务 in words', () => {
  it('each row with its status; the one-line warning only where the task lags or is at risk, the reasons of the others under the disclosure', () => {
    // Task 4 on track with a problem that does not block it (a note, not a warning).
    const open = evaluate(
      [task(4, { problems: [{ kind: 'OTHER', text: '部分场地待协调', blocking: false, itemNames: [], raisedOn: '2023-05-01', resolvedOn: null }] })],
      '2023-06-30',
      S,
    );
    const led = ledRows([...rows, ...open], new Map(), link);
    expect(led.map((r) => [r.number, r.status, r.first !== null])).toEqual([
      [1, 'lagging', true],
      [2, 'lagging', true],
      [3, 'on_track', false],
      [4, 'on_track', false],
    ]);
    expect(led[3]!.reasons.map((r) => [r.severity, r.text])).toEqual([['info', expect.stringContaining('部分场地待协调')]]);
  });
});

describe('the units and projects in words', () => {
  it('a unit that never reported says so, never 0 days', () => {
    const u = unitRows(unitSummaries([A, B, C], rows, '2023-06-30'));
    expect(u.map((x) => x.code)).toEqual(['a', 'b', 'c']);
    expect(u[0]!.cells).toEqual(['甲局', 1, 1, 0, 0, '100%']);
    expect(u[2]!.cells.slice(0, 5)).toEqual(['丙局', 1, 0, 0, '尚无报送']);
  });

  it('each project: heading, its worst status and its bar figures', () => {
    const p = leadProjects(projectSummaries([{ number: 1, numeral: '一', title: '道路整治', category: 'ENGINEERING' }], rows));
    expect(p).toEqual([
      { number: 1, heading: '一、道路整治', status: 'lagging', counts: countByStatus(rows.map((r) => r.status.status)), total: 3, covered: 0, actualPct: null },
    ]);
  });
});

describe('考核 and 近期节点 in words', () => {
  it('a unit without a score or rank shows — and the words for it; a part not counted says 不计', () => {
    const scores: UnitScore[] = [
      { unit: A, score: 92.5, rank: 1, parts: [{ key: 'reports', weight: 30, pct: 90, good: 9, total: 10 }] },
      { unit: B, score: null, rank: null, parts: [{ key: 'reports', weight: 30, pct: null, good: 0, total: 0 }] },
    ];
    expect(evaluationRows(scores)).toEqual([
      { code: 'a', rank: 1, name: '甲局', score: 92.5, parts: [{ key: 'reports', text: '90（9/10）' }] },
      { code: 'b', rank: '—', name: '乙局', score: '无可考评内容', parts: [{ key: 'reports', text: '不计' }] },
    ]);
  });

  it('a step due soon in one line; one due on the date itself', () => {
    const step = { periodLabel: '7月', indicatorKey: null, cumulativeTarget: null, reachedOn: null };
    const soon = evaluate(
      [
        task(4, {
          milestones: [
            { ...step, key: 'm1', dueDate: '2023-07-10', text: '7月：完成招标' },
            { ...step, key: 'm2', dueDate: '2023-06-30', text: '6月：完成设计' },
          ],
        }),
      ],
      '2023-06-30',
      S,
    );
    expect(dueRows(milestonesDueSoon(soon, '2023-06-30', 30), false)).toEqual([
      { key: '4-m2', text: '2023年6月30日（统计日当天到期）· 任务4：6月：完成设计' },
      { key: '4-m1', text: '2023年7月10日（还有10天）· 任务4：7月：完成招标' },
    ]);
  });
});

describe('较上期变化 in words', () => {
  it('each move read out in words; the reasons only where a task now stands graver than 正常推进', () => {
    // On 1 March task 2 (deadline March) was on track and task 1's blocking problem not yet raised.
    const before = evaluate([task(1), task(2, { deadlineMonth: '2023-03', updateDates: [] }), task(3, { updateDates: [] })], '2023-03-01', S);
    const c = compareStatuses(before, rows, '2023-03-01');
    const words = changeRows(c.changes, link);
    expect(words.map((w) => [w.head, w.fromTo, w.movement])).toEqual([
      ['任务1', '由“正常推进”变为“进度滞后”', '变差'],
      ['任务2', '由“正常推进”变为“进度滞后”', '变差'],
    ]);
    expect(words[0]!.reasons.map((r) => r.text)).toEqual([expect.stringContaining('前期手续未完成')]);
    expect(words[1]!.href).toBe('/tasks/2?year=2023');
    const back = changeRows(compareStatuses(rows, before, '2023-06-30').changes, link);
    expect(back.map((w) => [w.movement, w.reasons])).toEqual([
      ['好转', []],
      ['好转', []],
    ]);
  });
});
