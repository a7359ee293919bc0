// What happens to a read plan before it is written: the office's choices for unknown unit names,
// rows with a blocking message left out, a last-year plan moved into the new year, the headline
// counts, and the cell and figure readers every layout shares.
import { describe, expect, it } from 'vitest';
import {
  applyUnitChoices,
  cellText,
  draftCounts,
  earlierYearDeadlines,
  importedFigure,
  isWritable,
  shiftDraft,
  unresolvedUnits,
  withoutBlockedRows,
  type PlanDraft,
  type RowIssue,
  type TaskDraft,
  type UnitChoice,
} from './plan-import';

const task = (number: number, over: Partial<TaskDraft> = {}): TaskDraft => ({
  number,
  row: number + 3,
  content: `任务${number}`,
  units: ['区教育局'],
  deadlineMonth: '2024-12',
  crossYear: false,
  planText: '',
  note: '',
  leadOfficial: '',
  milestones: [],
  indicators: [],
  items: [],
  ...over,
});
const draft = (over: Partial<PlanDraft> = {}): PlanDraft => ({
  layout: 'appendix',
  sheet: '分解表',
  projects: [],
  newUnits: [],
  issues: [],
  skipped: [],
  unknownUnits: [],
  ...over,
});
const issue = (row: number, blocking: boolean, sheet = '分解表', kind: RowIssue['kind'] = 'no_units'): RowIssue => ({ sheet, row, kind, blocking });
const unknown = (name: string, collective = false) => ({ name, rows: [5], suggestions: [], collective });
const choices = (o: Record<string, UnitChoice>) => new Map(Object.entries(o));

describe('the office’s choices for unknown unit names', () => {
  const d = draft({
    projects: [
      {
        number: 1,
        numeral: '一',
        title: '教育',
        category: null,
        tasks: [task(1, { units: ['区教育局', '区城市更新局', '各街道'] }), task(2, { units: ['区城市更新局', '区教育局'] })],
      },
      { number: 2, numeral: '二', title: '住房', category: null, tasks: [task(3, { units: ['新设局'] })] },
    ],
    unknownUnits: [unknown('区城市更新局'), unknown('各街道', true), unknown('新设局'), unknown('无人选')],
    newUnits: ['区城市更新局', '新设局', '无人选'],
  });

  it('replaces each name by what was chosen, lead first, no unit twice; remembers a one-to-one mapping as an alias; lists what to create', () => {
    const out = applyUnitChoices(
      d,
      choices({ 区城市更新局: { units: ['区住建局'] }, 各街道: { units: ['沙头角街道', '海山街道', '区住建局'] }, 新设局: 'create' }),
    );
    expect(out.draft.projects.map((p) => p.tasks.map((t) => t.units))).toEqual([
      [
        ['区教育局', '区住建局', '沙头角街道', '海山街道'],
        ['区住建局', '区教育局'],
      ],
      [['新设局']],
    ]);
    expect(out.aliases).toEqual([{ alias: '区城市更新局', unit: '区住建局' }]); // 各街道 stands for several: no alias
    expect(out.create).toEqual(['新设局']);
    expect(out.draft.unknownUnits).toEqual([]);
    expect(out.draft.newUnits).toEqual(['新设局']);
    expect(out.draft.issues).toBe(d.issues);
    expect(d.projects[0]!.tasks[0]!.units).toEqual(['区教育局', '区城市更新局', '各街道']); // the draft read stays as read
  });
  it('a collective name mapped to one unit is not an alias (各街道 is not one street office’s other name)', () => {
    expect(applyUnitChoices(d, choices({ 各街道: { units: ['沙头角街道'] } })).aliases).toEqual([]);
    expect(applyUnitChoices(d, choices({ 区城市更新局: { units: ['区住建局', '区教育局'] } })).aliases).toEqual([]);
  });
  it('unresolved: names without a choice, mapped to nothing, or a collective entry chosen to be created', () => {
    expect(unresolvedUnits(d, choices({}))).toEqual(['区城市更新局', '各街道', '新设局', '无人选']);
    expect(unresolvedUnits(d, choices({ 区城市更新局: { units: [] }, 各街道: 'create', 新设局: 'create', 无人选: { units: ['区教育局'] } }))).toEqual([
      '区城市更新局',
      '各街道',
    ]);
    expect(unresolvedUnits(d, choices({ 区城市更新局: { units: ['区住建局'] }, 各街道: { units: ['海山街道'] }, 新设局: 'create', 无人选: 'create' }))).toEqual(
      [],
    );
  });
});

describe('importing the rest: rows with a blocking message left out', () => {
  const d = draft({
    projects: [
      { number: 1, numeral: '一', title: '教育', category: null, tasks: [task(1), task(2), task(3, { deadlineMonth: null }), task(4, { units: [] })] },
      { number: 2, numeral: '二', title: '住房', category: null, tasks: [task(5)] },
    ],
    issues: [issue(5, true), issue(8, true), issue(4, false), issue(4, true, '其他表')],
  });
  it('drops the tasks on blocked rows of the task sheet and those without a deadline or units, then empty projects; keeps the notes', () => {
    const out = withoutBlockedRows(d);
    expect(out.projects.map((p) => [p.number, p.tasks.map((t) => t.number)])).toEqual([[1, [1]]]);
    expect(out.issues).toEqual([issue(4, false)]);
    expect(isWritable(out)).toBe(true);
  });
  it('writable: a task at least, and no blocking message', () => {
    expect(isWritable(d)).toBe(false);
    expect(isWritable(draft({ projects: [{ number: 1, numeral: '一', title: '教育', category: null, tasks: [] }] }))).toBe(false);
    expect(isWritable(draft({ projects: d.projects, issues: [issue(4, false)] }))).toBe(true);
  });
});

describe('a plan of last year', () => {
  it('counts deadlines of an earlier year, and moves every date by whole years', () => {
    const d = draft({
      issues: [issue(4, true, '分解表', 'deadline_year'), issue(5, true, '分解表', 'deadline_year'), issue(6, false, '分解表', 'cross_year')],
      projects: [
        {
          number: 1,
          numeral: '一',
          title: '教育',
          category: null,
          tasks: [
            task(1, {
              deadlineMonth: '2023-09',
              milestones: [{ key: 'm1', periodLabel: '2月', dueDate: '2023-02-28', text: '2月：招标', indicatorKey: null, cumulativeTarget: null }],
            }),
            task(2, { deadlineMonth: null }),
          ],
        },
      ],
    });
    expect(earlierYearDeadlines(d)).toBe(2);
    expect(earlierYearDeadlines(draft())).toBe(0);
    const moved = shiftDraft(d, 1);
    expect(moved.projects[0]!.tasks.map((t) => [t.deadlineMonth, t.milestones.map((m) => m.dueDate)])).toEqual([
      ['2024-09', ['2024-02-29']],
      [null, []],
    ]);
    expect(moved.issues).toBe(d.issues);
    expect(d.projects[0]!.tasks[0]!.deadlineMonth).toBe('2023-09');
  });
});

describe('the preview’s headline', () => {
  it('projects, tasks, distinct units, steps and figures', () => {
    const ms = { key: 'm', periodLabel: '6月', dueDate: '2024-06-30', text: '6月', indicatorKey: null, cumulativeTarget: null };
    const ind = { key: 'i', name: '学位', unitOfMeasure: '个', isPercent: false, direction: 'AT_LEAST', target: 540, accrual: 'EVEN' } as const;
    const d = draft({
      projects: [
        {
          number: 1,
          numeral: '一',
          title: '教育',
          category: null,
          tasks: [task(1, { units: ['甲', '乙'], milestones: [ms, ms] }), task(2, { units: ['乙'], indicators: [ind] })],
        },
        { number: 2, numeral: '二', title: '住房', category: null, tasks: [task(3, { units: ['丙'], milestones: [ms], indicators: [ind, ind] })] },
      ],
    });
    expect(draftCounts(d)).toEqual({ projects: 2, tasks: 3, units: 3, milestones: 3, indicators: 3 });
    expect(draftCounts(draft())).toEqual({ projects: 0, tasks: 0, units: 0, milestones: 0, indicators: 0 });
  });
});

describe('cells and figures', () => {
  it('cellText: blank for nothing, a date as its day, text cleaned and trimmed, Word’s bookmark residue dropped', () => {
    expect([cellText(null), cellText(undefined), cellText(''), cellText(0), cellText(12.5)]).toEqual(['', '', '', '0', '12.5']);
    expect(cellText(new Date(Date.UTC(2024, 8, 30, 12)))).toBe('2024-09-30');
    expect(cellText('  新建\n幼儿园 ')).toBe('新建\n幼儿园');
    expect(cellText('[bookmark: _GoBack]新建幼儿园[bookmark: _GoBack]')).toBe('新建幼儿园');
    expect(cellText('\u202e新建\u200b幼儿园\ufeff')).toBe('新建幼儿园');
  });
  it('importedFigure: blank is no figure; a number within 0…the limit; whole for counted units', () => {
    expect(importedFigure(null, '个')).toEqual({ ok: true, value: null });
    expect(importedFigure(undefined as never, '个')).toEqual({ ok: true, value: null });
    expect(importedFigure('  ', '个')).toEqual({ ok: true, value: null });
    expect(importedFigure(0, '个')).toEqual({ ok: true, value: 0 });
    expect(importedFigure('540', '个')).toEqual({ ok: true, value: 540 });
    expect(importedFigure(' 1000 ', '套')).toEqual({ ok: true, value: 1000 });
    expect(importedFigure(2.5, '公里')).toEqual({ ok: true, value: 2.5 });
    expect(importedFigure('2.5', '公里')).toEqual({ ok: true, value: 2.5 });
    expect(importedFigure(2.5, '个')).toEqual({ ok: false });
    expect(importedFigure(-1, '个')).toEqual({ ok: false });
    expect(importedFigure(Number.NaN, '个')).toEqual({ ok: false });
    expect(importedFigure(Number.POSITIVE_INFINITY, '个')).toEqual({ ok: false });
    expect(importedFigure('约100', '个')).toEqual({ ok: false });
    expect(importedFigure(new Date(0), '个')).toEqual({ ok: false });
    // A cell typed as text the way offices write figures: thousands commas, full-width digits, its unit after it.
    expect(importedFigure('1,500', '台')).toEqual({ ok: true, value: 1500 });
    expect(importedFigure('１５００台', '台')).toEqual({ ok: true, value: 1500 });
    expect(importedFigure('80%', '%')).toEqual({ ok: true, value: 80 });
    expect(importedFigure('1500户', '台')).toEqual({ ok: false });
  });
});
