// The overview's alerts and unit table in words, from statuses the engine gives on a small hand-made plan.
import { describe, expect, it } from 'vitest';
import { alerts, evaluate, unitSummaries, type OverviewTask } from '@/lib/domain/overview';
import { DEFAULT_STATUS_SETTINGS as S } from '@/lib/domain/settings';
import { A, B, overviewTask } from '@/tests/helpers/overview-task';
import { alertRows } from '@/components/alert-words';
import { unitRows } from './unit-table';

const long = '实施东海道、永安路、永安北三街、洪安四街等4条道路综合整治工程，完善人行道、绿化、照明和排水设施。';
const task = (number: number, over: Partial<OverviewTask> = {}): OverviewTask => overviewTask(number, { updateDates: ['2023-05-31'], units: [A], ...over });
const rows = evaluate([task(1, { content: long, units: [A, B], deadlineMonth: '2023-03' }), task(2, { units: [B], updateDates: [] })], '2023-06-30', S);

describe('预警 in words', () => {
  const shown = alertRows(alerts(rows), new Map([[1, 2]]), (n) => `/tasks/${n}`);
  it('the task and its first 40 characters, its units, its open notices, its reasons in sentences', () => {
    expect(shown[0]).toMatchObject({ number: 1, status: 'lagging', title: `任务1：${long.slice(0, 40)}…`, units: '甲局、乙局', notices: 2, href: '/tasks/1' });
    expect(shown[0]!.reasons[0]!.severity).toBe('red');
    expect(shown[0]!.reasons[0]!.text).toContain('2023年3月31日');
  });
  it('only the tasks that need chasing (task 2 is on track)', () => {
    expect(shown.map((r) => r.number)).toEqual([1]);
  });
  it('a short content whole, without …; no open notices: no count', () => {
    const [short] = alertRows(alerts(evaluate([task(3, { content: '短', deadlineMonth: '2023-01' })], '2023-06-30', S)), new Map(), String);
    expect(short).toMatchObject({ title: '任务3：短', notices: undefined, href: '3' });
  });
});

describe('the unit table in words', () => {
  it("each unit's link, figures and last report; a unit that never reported says so, never a date or 0", () => {
    const u = unitRows(unitSummaries([A, B], rows, '2023-06-30'), (code) => `/?unit=${code}`);
    expect(u[0]).toEqual({ code: 'a', href: '/?unit=a', name: '甲局', tasks: 1, lagging: 1, atRisk: 0, lastUpdate: '2023年5月31日' });
    expect(u[1]).toMatchObject({ code: 'b', tasks: 2, lastUpdate: '2023年5月31日' });
    const never = unitRows(unitSummaries([B], evaluate([task(2, { units: [B], updateDates: [] })], '2023-06-30', S), '2023-06-30'), String);
    expect(never[0]!.lastUpdate).toBe('尚无报送');
  });
});
