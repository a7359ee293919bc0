import { describe, expect, it } from 'vitest';
import type { HalfYearRow } from '@/lib/domain/half-year';
import { wordedGroups, wordedRow } from './worded-rows';

const row = (over: Partial<HalfYearRow>): HalfYearRow => ({
  taskNumber: 3,
  projectNumber: 2,
  taskStatus: 'lagging',
  taskReason: { kind: 'deadline_passed', deadline: '2023-08-31', daysOver: 61, severity: 'red' },
  indicatorKey: 'a',
  name: '新增学位',
  unitOfMeasure: '个',
  isPercent: false,
  direction: 'AT_LEAST',
  target: 2000,
  actual: 1500,
  actualAsOf: '2023-06-30',
  approx: false,
  note: null,
  indicatorNote: null,
  pctOfTarget: 75,
  expectedPct: 50,
  variancePts: 25,
  next: null,
  plan: [{ label: '9月', dueDate: '2023-09-30', value: 2000 }],
  nextMilestone: null,
  mark: 'ahead',
  ...over,
});

const projects = [
  { number: 1, numeral: '一', title: '道路', category: 'ENGINEERING' as const },
  { number: 2, numeral: '二', title: '教育', category: 'SERVICE' as const },
];

describe('半年对标 rows in words', () => {
  it('says every cell as the table shows it', () => {
    const w = wordedRow(row({ approx: true, indicatorNote: '含改扩建', note: '报告原文' }), '任务内容');
    expect(w).toMatchObject({
      key: '3-a',
      head: '任务3',
      content: '任务内容',
      target: '≥2,000个',
      actual: { text: '1,500个（约数）', asOf: '2023年6月30日' },
      pct: '75%',
      expected: '50%',
      variance: '+25',
      plan: '9月 2,000个',
      note: '含改扩建；报告原文',
      markText: expect.any(String),
    });
    expect(w.reason).toContain('已超过完成时限（2023年8月31日）61天');
  });

  it('leaves a figure the report does not give blank, never 0', () => {
    const w = wordedRow(row({ actual: null, actualAsOf: null, pctOfTarget: null, variancePts: null, expectedPct: null, target: null }), undefined);
    expect(w.actual).toBeNull();
    expect([w.pct, w.expected, w.variance]).toEqual(['—', '—', '—']);
    expect(w.target).toBe('无目标值');
  });

  it('a task without an indicator says so, with its next milestone', () => {
    const w = wordedRow(row({ mark: 'no_indicator', plan: [], nextMilestone: { label: '9月底前', text: '完成验收' } }), undefined);
    expect(w.none).toEqual({ text: '报告未列出量化指标', next: '下一节点：9月底前：完成验收' });
  });

  it('before the first plan point, the mark names the next one', () => {
    const w = wordedRow(row({ mark: 'before_plan', next: { label: '9月', dueDate: '2023-09-30', value: 800 } }), undefined);
    expect(w.markNext).toBe('下一节点：9月 800个');
  });

  it("a task's content and reason once, on its first row on the page; by project under each heading", () => {
    const rows = [row({ indicatorKey: 'a' }), row({ indicatorKey: 'b' }), row({ taskNumber: 1, projectNumber: 1, taskReason: null })];
    const groups = wordedGroups(
      rows,
      projects,
      new Map([
        [3, '三的内容'],
        [1, '一的内容'],
      ]),
    );
    expect(groups.map((g) => [g.key, g.heading?.title, g.heading?.category, g.rows.map((r) => r.key)])).toEqual([
      ['1', '一、道路', '工程类', ['1-a']],
      ['2', '二、教育', '服务类', ['3-a', '3-b']],
    ]);
    const [first, second] = groups[1]!.rows;
    expect([first!.content, first!.reason !== undefined]).toEqual(['三的内容', true]);
    expect([second!.content, second!.reason]).toEqual([undefined, undefined]);
    // Sorted by variance: one list, no headings, the same rule.
    const all = wordedGroups(rows, null, new Map([[3, '三的内容']]));
    expect(all).toHaveLength(1);
    expect(all[0]!.heading).toBeUndefined();
    expect(all[0]!.rows.map((r) => r.content)).toEqual(['三的内容', undefined, '']);
  });
});
