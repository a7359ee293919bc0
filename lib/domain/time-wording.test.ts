import { describe, expect, it } from 'vitest';
import { chineseNumber, parseTimeWording, stepsFromPlanText, yearPlacement } from './time-wording';

const due = (cell: Parameters<typeof parseTimeWording>[0], year = 2024) => {
  const r = parseTimeWording(cell, year);
  return r.ok ? r.due : `refused:${r.reason}`;
};

describe('Chinese time wording as the date something is due', () => {
  it.each([
    // month forms, with and without the year
    ['2022年11月底前', '2022-11-30'],
    ['9月底前', '2024-09-30'],
    ['12月底前', '2024-12-31'],
    ['9月底', '2024-09-30'],
    ['9月前', '2024-09-30'],
    ['9月', '2024-09-30'],
    ['9月末', '2024-09-30'],
    ['9月份', '2024-09-30'],
    ['2月底前', '2024-02-29'],
    ['九月底前', '2024-09-30'],
    ['十二月', '2024-12-31'],
    ['9月投入使用', '2024-09-30'],
    ['5月底前动工', '2024-05-31'],
    ['10月底前完成主体工程', '2024-10-31'],
    // parts of a month
    ['9月上旬', '2024-09-10'],
    ['9月中旬', '2024-09-20'],
    ['9月下旬', '2024-09-30'],
    ['9月中', '2024-09-20'],
    // two parts of a month: due at the end of the later one
    ['9月上中旬', '2024-09-20'],
    ['9月中下旬', '2024-09-30'],
    ['9月中下旬前', '2024-09-30'],
    // year end, halves, quarters
    ['年底前', '2024-12-31'],
    ['年底', '2024-12-31'],
    ['年内', '2024-12-31'],
    ['年末', '2024-12-31'],
    ['2022年底', '2022-12-31'],
    ['2022年底前', '2022-12-31'],
    ['2022年', '2022-12-31'],
    ['上半年', '2024-06-30'],
    ['下半年', '2024-12-31'],
    ['三季度', '2024-09-30'],
    ['第三季度', '2024-09-30'],
    ['一季度', '2024-03-31'],
    ['第四季度末', '2024-12-31'],
    ['Q2', '2024-06-30'],
    // exact dates
    ['6月30日前', '2024-06-30'],
    ['2023年6月30日', '2023-06-30'],
    ['2023-06-30', '2023-06-30'],
    ['2023/6/30', '2023-06-30'],
    // numeric forms: text, numbers, Excel serials, Dates
    ['2023.12', '2023-12-31'],
    ['2023.8', '2023-08-31'],
    ['2023-08', '2023-08-31'],
    ['2023/12', '2023-12-31'],
    ['2023年12月', '2023-12-31'],
    ['2023.10', '2023-10-31'],
    [2023.12, '2023-12-31'],
    [2023.8, '2023-08-31'],
    [45473, '2024-06-30'],
    [new Date(Date.UTC(2024, 8, 30)), '2024-09-30'],
    // ranges: the end of the last month
    ['7-9月', '2024-09-30'],
    ['7月-9月', '2024-09-30'],
    ['10—12月', '2024-12-31'],
    ['7至9月', '2024-09-30'],
    // spaces and a bracketed remark are ignored
    [' 9 月 底 前 ', '2024-09-30'],
    ['12月底前（含验收）', '2024-12-31'],
    // full-width digits, as a Chinese input method in full-width mode types them
    ['９月底前', '2024-09-30'],
    ['２０２５年３月', '2025-03-31'],
    // official wording leads with a word of intent or a preposition
    ['力争年底前', '2024-12-31'],
    ['力争9月底前完成', '2024-09-30'],
    ['确保12月底前', '2024-12-31'],
    ['争取三季度', '2024-09-30'],
    ['预计10月', '2024-10-31'],
    ['计划于11月底前完成', '2024-11-30'],
    ['将于6月30日前', '2024-06-30'],
    ['于9月底前', '2024-09-30'],
    ['在9月底前', '2024-09-30'],
    ['到年底', '2024-12-31'],
    // the year after the plan year, named relatively
    ['次年3月', '2025-03-31'],
    ['次年3月底前', '2025-03-31'],
    ['明年6月', '2025-06-30'],
    ['次年底', '2025-12-31'],
    ['次年上半年', '2025-06-30'],
    // a range across years: the end of its last month
    ['2024年9月至2025年3月', '2025-03-31'],
    ['9月至次年3月', '2025-03-31'],
    ['2024.9-2025.3', '2025-03-31'],
    ['2024年10月—2025年6月底', '2025-06-30'],
  ] as const)('%j → %s', (cell, expected) => {
    expect(due(cell)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    [null, 'empty'],
    ['尽快', 'unreadable'],
    ['长期坚持', 'unreadable'],
    ['13月底前', 'bad_month'],
    ['0月', 'bad_month'],
    ['2023年2月30日', 'bad_day'],
    ['2月30日前', 'bad_day'],
    ['9-7月', 'range_backwards'],
    ['第五季度', 'bad_month'],
    [2023.1, 'ambiguous_number'],
    ['2023.13', 'bad_month'],
    ['2023.9-13', 'bad_month'],
    ['2023.12-9', 'range_backwards'],
    ['2023.6-31', 'bad_month'],
    ['2025年3月至2024年9月', 'range_backwards'],
    ['力争', 'unreadable'],
  ] as const)('refuses %j (%s)', (cell, reason) => {
    expect(due(cell)).toBe(`refused:${reason}`);
  });

  it('a month and day with a point reads with 前 (9.30前 is 30 September); alone it may be a figure Excel shortened (9.30 kept as 9.3), so it is not read', () => {
    expect(parseTimeWording('9.30前', 2023)).toMatchObject({ ok: true, due: '2023-09-30', yearGiven: false, understood: 'date' });
    expect(parseTimeWording('力争12.31之前', 2023)).toMatchObject({ ok: true, due: '2023-12-31' });
    expect(parseTimeWording('6.31前', 2023)).toEqual({ ok: false, reason: 'bad_day' });
    expect(parseTimeWording('13.1前', 2023)).toEqual({ ok: false, reason: 'bad_month' });
    expect(parseTimeWording('0.15前', 2023)).toEqual({ ok: false, reason: 'bad_month' });
    expect(parseTimeWording('9.30', 2023)).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseTimeWording(9.3, 2023)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('says whether the year was written or assumed, and what it understood', () => {
    expect(parseTimeWording('9月底前', 2024)).toMatchObject({ ok: true, month: '2024-09', yearGiven: false, understood: 'month' });
    expect(parseTimeWording('2025年3月底前', 2024)).toMatchObject({ ok: true, month: '2025-03', yearGiven: true });
    expect(parseTimeWording('上半年', 2024)).toMatchObject({ understood: 'first_half' });
    expect(parseTimeWording('三季度', 2024)).toMatchObject({ understood: 'quarter' });
    expect(parseTimeWording('年内', 2024)).toMatchObject({ understood: 'year_end' });
    expect(parseTimeWording('9月中旬', 2024)).toMatchObject({ understood: 'mid_month' });
  });

  it('places a deadline against the plan year: the next year is 跨年度, an earlier one is refused', () => {
    expect(yearPlacement('2024-12', 2024)).toBe('in_year');
    expect(yearPlacement('2025-03', 2024)).toBe('cross_year');
    expect(yearPlacement('2023-12', 2024)).toBe('earlier');
    expect(yearPlacement('2027-01', 2024)).toBe('too_late');
  });

  it('a deadline cell of several lines or parts (6月底前完成主体\n12月底前完工) is due at its latest time, never its first', () => {
    // Before: the first time and everything after it as "words that follow" — 30 June, six months early.
    expect(due('6月底前完成主体\n12月底前完工')).toBe('2024-12-31');
    expect(due('6月底前完成主体；12月底前完工')).toBe('2024-12-31');
    expect(due('6月底前完成主体。12月底前完工')).toBe('2024-12-31');
    expect(due('2024年6月\n2024年12月')).toBe('2024-12-31');
    expect(due('6月底前完成主体 12月底前完工')).toBe('2024-12-31');
    expect(due('1.6月底前完成主体\n2.12月底前竣工')).toBe('2024-12-31'); // numbered as plan steps are
    expect(due('（1）6月底前完成主体；（2）12月底前竣工')).toBe('2024-12-31');
    expect(due('6月底前完成设计，9月底前开工建设，年底前竣工')).toBe('2024-12-31'); // three parts after commas
    expect(due('9月底前建成，投入使用')).toBe('2024-09-30');
    expect(due('6月底前完成主体12月底前完工')).toBe('refused:unreadable'); // run together: no guess
    expect(due('6月底前完成主体三季度完工')).toBe('refused:unreadable');
    // Words after a time that name no time of their own are read past, as before.
    expect(due('9月底前完成季度考核')).toBe('2024-09-30');
    expect(due('9月底前完成半年总结')).toBe('2024-09-30');
    expect(due('6月底前完成主体\n13月底前完工')).toBe('refused:unreadable'); // a part that fails is not skipped
    // A line with no time of its own is words, as before; a line broken inside one time reads whole.
    expect(due('年底前\n（其中6月底前完成50%）')).toBe('2024-12-31');
    expect(due('2024年12月\n（持续推进）')).toBe('2024-12-31');
    expect(due('力争\n年底前')).toBe('2024-12-31');
    expect(due('9月\n底前')).toBe('2024-09-30');
    expect(due('9月底前\n投入使用')).toBe('2024-09-30');
    expect(parseTimeWording('6月底前完成主体\n12月底前完工', 2024)).toMatchObject({ understood: 'month_range', from: 6 });
  });

  it('reads numbers written in Chinese', () => {
    expect([
      chineseNumber('一'),
      chineseNumber('十'),
      chineseNumber('十一'),
      chineseNumber('十二'),
      chineseNumber('二十'),
      chineseNumber('两'),
      chineseNumber('7'),
      chineseNumber('甲'),
    ]).toEqual([1, 10, 11, 12, 20, 2, 7, null]);
  });
});

describe('plan steps from the plan column', () => {
  it('one step per line that starts with a month ("8月：…", "7-9月：…")', () => {
    expect(stepsFromPlanText('8月：完成东海道施工招标；\n7-9月：完成整体形象进度80%。\n持续推进', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-08-31', '8月：完成东海道施工招标'],
      ['2023-09-30', '7-9月：完成整体形象进度80%'],
    ]);
  });
  it('published wording: "4月底前：…", "4月底前…", numbered steps in one line, "3月底前新建成2家；"', () => {
    expect(stepsFromPlanText('4月底前：完成选址', 2024).map((s) => s.due)).toEqual(['2024-04-30']);
    expect(stepsFromPlanText('4月底前完成方案设计', 2024).map((s) => [s.due, s.text])).toEqual([['2024-04-30', '4月底前完成方案设计']]);
    expect(stepsFromPlanText('1.4月底前完成选址；2.8月底前完成建设；3.12月底前投入使用。', 2024).map((s) => [s.due, s.text])).toEqual([
      ['2024-04-30', '4月底前完成选址'],
      ['2024-08-31', '8月底前完成建设'],
      ['2024-12-31', '12月底前投入使用'],
    ]);
    expect(stepsFromPlanText('3月底前新建成2家；6月底前新建成5家；年底前累计建成10家。', 2024).map((s) => s.due)).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-12-31',
    ]);
    expect(stepsFromPlanText('（1）二季度完成招标；（2）三季度开工', 2024).map((s) => s.due)).toEqual(['2024-06-30', '2024-09-30']);
  });
  it('a step led by a year and its months, as tables write it ("2024.7-9：…", numbered too); a figure with a point is no step', () => {
    expect(stepsFromPlanText('2024.7-9：完成招标；2024.10-12：举办赛事', 2024).map((s) => [s.due, s.label, s.text])).toEqual([
      ['2024-09-30', '2024.7-9', '2024.7-9：完成招标'],
      ['2024-12-31', '2024.10-12', '2024.10-12：举办赛事'],
    ]);
    expect(stepsFromPlanText('1.2024.6：完成设计；2.2024.7-12：完成建设', 2024).map((s) => [s.due, s.text])).toEqual([
      ['2024-06-30', '2024.6：完成设计'],
      ['2024-12-31', '2024.7-12：完成建设'],
    ]);
    expect(stepsFromPlanText('完成投资2024.5万元，推进建设', 2024)).toEqual([]);
    expect(stepsFromPlanText('9月底前完成投资，2024.5万元用于设备', 2024).map((s) => s.text)).toEqual(['9月底前完成投资，2024.5万元用于设备']);
  });
  it('a step led by a year in words or by a whole date ("2023年6月底前…", "2023.6.30前…") ends where the next such step starts', () => {
    expect(stepsFromPlanText('2023年6月底前完成招标；2023年9月底前主体完工', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-06-30', '2023年6月底前完成招标'],
      ['2023-09-30', '2023年9月底前主体完工'],
    ]);
    expect(stepsFromPlanText('1.2023年6月30日前完成招标；2.2024年3月底前竣工验收', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-06-30', '2023年6月30日前完成招标'],
      ['2024-03-31', '2024年3月底前竣工验收'],
    ]);
    expect(stepsFromPlanText('6月底前完成招标，2024年3月底前完成验收', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-06-30', '6月底前完成招标'],
      ['2024-03-31', '2024年3月底前完成验收'],
    ]);
    expect(stepsFromPlanText('2023.6.30前完成招标；2023.9.30前主体完工', 2023).map((s) => [s.due, s.label])).toEqual([
      ['2023-06-30', '2023.6.30前'],
      ['2023-09-30', '2023.9.30前'],
    ]);
    expect(stepsFromPlanText('2023年三季度完成主体；2023年下半年完成装修；2023年底前竣工', 2023).map((s) => s.due)).toEqual([
      '2023-09-30',
      '2023-12-31',
      '2023-12-31',
    ]);
    // A year with no time after it is no step; a date inside a sentence splits nothing.
    expect(stepsFromPlanText('2023年完成建设任务，2024年投入使用', 2023)).toEqual([]);
    expect(stepsFromPlanText('9月底前完成招标，并于2023年12月31日前移交', 2023).map((s) => s.text)).toEqual(['9月底前完成招标，并于2023年12月31日前移交']);
  });
  it('a month and day written with a point lead a step with 前 ("6.30前…"); without 前 a point is a figure', () => {
    expect(stepsFromPlanText('6.30前完成招标；9.30前完成主体施工；12.31前竣工验收', 2023).map((s) => [s.due, s.label])).toEqual([
      ['2023-06-30', '6.30前'],
      ['2023-09-30', '9.30前'],
      ['2023-12-31', '12.31前'],
    ]);
    expect(stepsFromPlanText('1.6.30前完成招标；2.9.30之前开工', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-06-30', '6.30前完成招标'],
      ['2023-09-30', '9.30之前开工'],
    ]);
    expect(stepsFromPlanText('完成投资6.5亿元；新增9.3万平方米', 2023)).toEqual([]);
    expect(stepsFromPlanText('6.31前完成招标', 2023)).toEqual([]);
  });
  it('steps joined by 、 ("6月底前完成立项、9月底前完成招标"), and a phase with its time ("第一阶段（6月底前）：…") are steps', () => {
    expect(stepsFromPlanText('6月底前完成立项、9月底前完成招标、年底前开工建设', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-06-30', '6月底前完成立项'],
      ['2023-09-30', '9月底前完成招标'],
      ['2023-12-31', '年底前开工建设'],
    ]);
    expect(stepsFromPlanText('开展招聘会20场、力争9月底前完成10场', 2023).map((s) => [s.due, s.text])).toEqual([['2023-09-30', '力争9月底前完成10场']]);
    // Months listed with 、 are one time, not steps; nor is a range of people or a list of works.
    expect(stepsFromPlanText('3月、6月、9月各开展一次巡查', 2023).map((s) => [s.due, s.text])).toEqual([['2023-03-31', '3月、6月、9月各开展一次巡查']]);
    expect(stepsFromPlanText('9月底前完成培训、3-5人一组', 2023).map((s) => s.text)).toEqual(['9月底前完成培训、3-5人一组']);
    expect(stepsFromPlanText('完成东海道、永安路施工', 2023)).toEqual([]);
    expect(
      stepsFromPlanText('第一阶段（6月底前）：完成选址和设计；第二阶段（9月底前）：完成主体施工；第三阶段（12月底前）：竣工验收', 2023).map((s) => [
        s.due,
        s.label,
        s.text,
      ]),
    ).toEqual([
      ['2023-06-30', '6月底前', '第一阶段（6月底前）：完成选址和设计'],
      ['2023-09-30', '9月底前', '第二阶段（9月底前）：完成主体施工'],
      ['2023-12-31', '12月底前', '第三阶段（12月底前）：竣工验收'],
    ]);
    expect(stepsFromPlanText('第一阶段：6月底前完成选址。第二阶段：三季度完成建设', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-06-30', '第一阶段：6月底前完成选址'],
      ['2023-09-30', '第二阶段：三季度完成建设'],
    ]);
    expect(stepsFromPlanText('第一步，7-9月完成招标；第二步，10-12月完成建设', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-09-30', '第一步，7-9月完成招标'],
      ['2023-12-31', '第二步，10-12月完成建设'],
    ]);
    expect(stepsFromPlanText('7-9月完成招标、10-12月完成施工', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-09-30', '7-9月完成招标'],
      ['2023-12-31', '10-12月完成施工'],
    ]);
    // A phase with no time is no step.
    expect(stepsFromPlanText('第一阶段完成选址；第二阶段完成建设', 2023)).toEqual([]);
  });
  it('a step whose time comes last, in brackets ("完成选址（6月底前）；完成建设（9月）"), is due then; a bracket that is no time is text', () => {
    expect(stepsFromPlanText('完成选址（6月底前）；完成建设（9月）；竣工验收（力争年底前）', 2023).map((s) => [s.due, s.label, s.text])).toEqual([
      ['2023-06-30', '6月底前', '完成选址（6月底前）'],
      ['2023-09-30', '9月', '完成建设（9月）'],
      ['2023-12-31', '年底前', '竣工验收（力争年底前）'],
    ]);
    expect(stepsFromPlanText('1.完成方案设计（3月底前）\n2.完成招标（二季度）', 2023).map((s) => [s.due, s.text])).toEqual([
      ['2023-03-31', '完成方案设计（3月底前）'],
      ['2023-06-30', '完成招标（二季度）'],
    ]);
    // A bracket of figures or words is no time, and a step's bracket does not cut it short.
    expect(stepsFromPlanText('完成投资（6亿元）；新建学位（1080个）', 2023)).toEqual([]);
    expect(stepsFromPlanText('6月底前完成选址（含勘察）；同步开展设计', 2023).map((s) => s.text)).toEqual(['6月底前完成选址（含勘察）；同步开展设计']);
    // A time in brackets inside the sentence is no step's time.
    expect(stepsFromPlanText('完成选址（6月）并开展设计', 2023)).toEqual([]);
  });
  it('a step may lead with a word of intent (力争, 确保, 计划于…), and steps may be separated by commas', () => {
    expect(stepsFromPlanText('力争9月底前完成招标；确保12月底前竣工', 2024).map((s) => [s.due, s.label, s.text])).toEqual([
      ['2024-09-30', '9月底前', '力争9月底前完成招标'],
      ['2024-12-31', '12月底前', '确保12月底前竣工'],
    ]);
    expect(stepsFromPlanText('1.计划于8月底前完成设计；2.力争年底前投入使用', 2024).map((s) => s.due)).toEqual(['2024-08-31', '2024-12-31']);
    expect(stepsFromPlanText('9月底前完成招标，12月底前竣工', 2024).map((s) => [s.due, s.text])).toEqual([
      ['2024-09-30', '9月底前完成招标'],
      ['2024-12-31', '12月底前竣工'],
    ]);
    // A comma after the time wording, or before words that are no time, splits nothing.
    expect(stepsFromPlanText('9月底前，完成招标，开工建设', 2024).map((s) => [s.due, s.text])).toEqual([['2024-09-30', '9月底前，完成招标，开工建设']]);
    // A time inside a step's sentence, after a comma and a preposition, stays in that step (the 2023 report's task 1).
    expect(stepsFromPlanText('8月：完成东海道施工招标，进场施工；完成永安路前期工作，于8月下旬移交工务署。', 2023).map((s) => s.label)).toEqual(['8月']);
    // A step over a range across years is due at its end.
    expect(stepsFromPlanText('2024年10月至次年3月分段施工；9月至2025年2月完成验收', 2024).map((s) => [s.due, s.label])).toEqual([
      ['2025-03-31', '2024年10月至次年3月'],
      ['2025-02-28', '9月至2025年2月'],
    ]);
    // A step over a range whose ends say more than a month, or over days of one month, is due at its end;
    // 初 starts a step, 初步 is a word of the step's sentence.
    expect(
      stepsFromPlanText('7月至年底：开展宣传；9月底至12月底：完成验收；11月8-14日：举办赛事；9月初：完成招标；10月初步完成设计', 2024).map((s) => [
        s.due,
        s.label,
      ]),
    ).toEqual([
      ['2024-12-31', '7月至年底'],
      ['2024-12-31', '9月底至12月底'],
      ['2024-11-14', '11月8-14日'],
      ['2024-09-10', '9月初'],
      ['2024-10-31', '10月'],
    ]);
    // 截至 reports where things stand: no step.
    expect(stepsFromPlanText('截至6月底，已完成选址', 2024)).toEqual([]);
  });
  it('全年 leads a step due at the year’s end, as 年底 does ("上半年完成2000户，全年完成4000户")', () => {
    // Before: one step due 30 June whose text held both targets; the year's total had no plan point.
    expect(stepsFromPlanText('上半年完成2000户，全年完成4000户', 2024).map((s) => [s.due, s.text])).toEqual([
      ['2024-06-30', '上半年完成2000户'],
      ['2024-12-31', '全年完成4000户'],
    ]);
    expect(stepsFromPlanText('6月底前举办10场、全年举办20场', 2024).map((s) => s.due)).toEqual(['2024-06-30', '2024-12-31']);
    // Inside a step's sentence it is words: 完成全年任务 stays one step.
    expect(stepsFromPlanText('9月底前完成全年任务的80%', 2024).map((s) => [s.due, s.text])).toEqual([['2024-09-30', '9月底前完成全年任务的80%']]);
  });

  it('text without time wording gives no step', () => {
    expect(stepsFromPlanText('加强宣传，提高群众知晓率；持续推进', 2024)).toEqual([]);
    expect(stepsFromPlanText('', 2024)).toEqual([]);
  });
});

describe('the whole reading: month, due date, whether the year was written, what was understood', () => {
  const r = (month: string, due: string, yearGiven: boolean, understood: string, from?: number) => ({
    ok: true,
    month,
    due,
    yearGiven,
    understood,
    ...(from === undefined ? {} : { from }),
  });
  it.each([
    [new Date(Date.UTC(2024, 8, 30)), r('2024-09', '2024-09-30', true, 'date')],
    [45473, r('2024-06', '2024-06-30', true, 'date')],
    [20001, r('1954-10', '1954-10-04', true, 'date')],
    ['2023年6月30日前', r('2023-06', '2023-06-30', true, 'date')],
    ['2023.6.30', r('2023-06', '2023-06-30', true, 'date')],
    ['2023-6-3', r('2023-06', '2023-06-03', true, 'date')],
    ['2023/9/12', r('2023-09', '2023-09-12', true, 'date')],
    // A year and a range of months as plan tables write them (2023.1-12: all year), not the 12th of a
    // month: a date keeps one separator throughout.
    ['2023.9-12', r('2023-12', '2023-12-31', true, 'month_range', 9)],
    ['2023.1-12', r('2023-12', '2023-12-31', true, 'month_range', 1)],
    ['2023/7-9', r('2023-09', '2023-09-30', true, 'month_range', 7)],
    ['2023年9-12', r('2023-12', '2023-12-31', true, 'month_range', 9)],
    ['2023.9-12月', r('2023-12', '2023-12-31', true, 'month_range', 9)],
    ['2023年', r('2023-12', '2023-12-31', true, 'year_end')],
    ['年底前', r('2024-12', '2024-12-31', false, 'year_end')],
    ['2025年底前完成', r('2025-12', '2025-12-31', true, 'year_end')],
    ['全年', r('2024-12', '2024-12-31', false, 'year_end')],
    // The plan's own year named as 本年/今年/当年, or as 年度: its end (yearGiven stays false: no year is written).
    ['年度内', r('2024-12', '2024-12-31', false, 'year_end')],
    ['本年度', r('2024-12', '2024-12-31', false, 'year_end')],
    ['本年内完成', r('2024-12', '2024-12-31', false, 'year_end')],
    ['今年底前', r('2024-12', '2024-12-31', false, 'year_end')],
    ['当年内', r('2024-12', '2024-12-31', false, 'year_end')],
    ['2025年度', r('2025-12', '2025-12-31', true, 'year_end')],
    ['2025年度内', r('2025-12', '2025-12-31', true, 'year_end')],
    // a written year's 内/末 (2025年内 was refused, 2025年末 too), and 至/即日起至 before a time
    ['2025年内', r('2025-12', '2025-12-31', true, 'year_end')],
    ['2025年内完成', r('2025-12', '2025-12-31', true, 'year_end')],
    ['2025年末', r('2025-12', '2025-12-31', true, 'year_end')],
    ['次年内', r('2025-12', '2025-12-31', true, 'year_end')],
    ['至年底', r('2024-12', '2024-12-31', false, 'year_end')],
    ['至2025年6月底', r('2025-06', '2025-06-30', true, 'month')],
    ['即日起至12月底', r('2024-12', '2024-12-31', false, 'month')],
    ['今年9月底前', r('2024-09', '2024-09-30', false, 'month')],
    ['本年度三季度', r('2024-09', '2024-09-30', false, 'quarter', 7)],
    ['上半年', r('2024-06', '2024-06-30', false, 'first_half', 1)],
    ['2025年上半年', r('2025-06', '2025-06-30', true, 'first_half', 1)],
    ['下半年底前', r('2024-12', '2024-12-31', false, 'second_half', 7)],
    ['第二季度末', r('2024-06', '2024-06-30', false, 'quarter', 4)],
    ['2025年1季度', r('2025-03', '2025-03-31', true, 'quarter', 1)],
    ['q4', r('2024-12', '2024-12-31', false, 'quarter', 10)],
    ['三季度内完成', r('2024-09', '2024-09-30', false, 'quarter', 7)],
    ['7-9月', r('2024-09', '2024-09-30', false, 'month_range', 7)],
    ['2025年1至3月底前', r('2025-03', '2025-03-31', true, 'month_range', 1)],
    ['十~十二月份', r('2024-12', '2024-12-31', false, 'month_range', 10)],
    ['9-9月', r('2024-09', '2024-09-30', false, 'month_range', 9)],
    ['6月30日前', r('2024-06', '2024-06-30', false, 'date')],
    ['2025年3月1日', r('2025-03', '2025-03-01', true, 'date')],
    ['十二月5日', r('2024-12', '2024-12-05', false, 'date')],
    ['9月底前', r('2024-09', '2024-09-30', false, 'month')],
    ['2025年3月', r('2025-03', '2025-03-31', true, 'month')],
    ['9月上旬', r('2024-09', '2024-09-10', false, 'early_month')],
    ['9月中旬', r('2024-09', '2024-09-20', false, 'mid_month')],
    ['9月中', r('2024-09', '2024-09-20', false, 'mid_month')],
    ['9月下旬', r('2024-09', '2024-09-30', false, 'month')],
    ['9月上中旬', r('2024-09', '2024-09-20', false, 'mid_month')],
    ['9月中下旬', r('2024-09', '2024-09-30', false, 'month')],
    ['12月', r('2024-12', '2024-12-31', false, 'month')],
    ['1月', r('2024-01', '2024-01-31', false, 'month')],
    ['2023.12', r('2023-12', '2023-12-31', true, 'month')],
    ['2023/1', r('2023-01', '2023-01-31', true, 'month')],
    [2023.8, r('2023-08', '2023-08-31', true, 'month')],
    ['9月底前（含验收）', r('2024-09', '2024-09-30', false, 'month')],
    ['2023-01-15', r('2023-01', '2023-01-15', true, 'date')],
    ['1月5日', r('2024-01', '2024-01-05', false, 'date')],
    ['1-3月', r('2024-03', '2024-03-31', false, 'month_range', 1)],
    // 初 (the start of a month) as 上旬; 号 as 日; a day in Chinese numerals
    ['9月初', r('2024-09', '2024-09-10', false, 'early_month')],
    ['9月初前完成', r('2024-09', '2024-09-10', false, 'early_month')],
    ['6月15号前', r('2024-06', '2024-06-15', false, 'date')],
    ['2023年12月31号', r('2023-12', '2023-12-31', true, 'date')],
    ['十月一日前', r('2024-10', '2024-10-01', false, 'date')],
    ['6月三十日', r('2024-06', '2024-06-30', false, 'date')],
    ['2025年二月二十八日', r('2025-02', '2025-02-28', true, 'date')],
    // a range is due at the end of its last part, whatever each part says (a part of a month, 份, 起, a
    // date, a quarter, 年底), and starts where its first part does; a part without a year is in the first's
    ['9月底至12月底', r('2024-12', '2024-12-31', false, 'month_range', 9)],
    ['7月至年底', r('2024-12', '2024-12-31', false, 'month_range', 7)],
    ['7月起至12月', r('2024-12', '2024-12-31', false, 'month_range', 7)],
    ['7月份至12月份', r('2024-12', '2024-12-31', false, 'month_range', 7)],
    ['7月初至9月底', r('2024-09', '2024-09-30', false, 'month_range', 7)],
    ['8月中旬至9月', r('2024-09', '2024-09-30', false, 'month_range', 8)],
    ['7月至9月底前完成', r('2024-09', '2024-09-30', false, 'month_range', 7)],
    ['三季度至四季度', r('2024-12', '2024-12-31', false, 'month_range', 7)],
    ['9月30日至10月15日', r('2024-10', '2024-10-15', false, 'month_range', 9)],
    ['2023-06-30至2023-09-30', r('2023-09', '2023-09-30', true, 'month_range', 6)],
    ['2025年7月至9月', r('2025-09', '2025-09-30', true, 'month_range', 7)],
    ['9月至9月底', r('2024-09', '2024-09-30', false, 'month_range', 9)],
    // days of one month: the last day (the seed's 11月8-14日 举行)
    ['11月8-14日', r('2024-11', '2024-11-14', false, 'date')],
    ['11月8日至14日举行', r('2024-11', '2024-11-14', false, 'date')],
    ['11月8日-14日', r('2024-11', '2024-11-14', false, 'date')],
    // across years the start is in another year than the month: not given
    ['9月至次年3月', r('2025-03', '2025-03-31', true, 'month_range')],
    ['次年3月', r('2025-03', '2025-03-31', true, 'month')],
    ['2024年9月至次年上半年', r('2025-06', '2025-06-30', true, 'month_range')],
    // two times listed (、，): due at the later, as a range (9月、12月 was read as September, silently)
    ['9月、12月', r('2024-12', '2024-12-31', false, 'month_range', 9)],
    ['9月底前完成招标，12月底前竣工', r('2024-12', '2024-12-31', false, 'month_range', 9)],
    ['9月底前，完成验收', r('2024-09', '2024-09-30', false, 'month')],
    // 至 and 到 inside the words after the time are no range
    ['9月底前建成至少3家', r('2024-09', '2024-09-30', false, 'month')],
    ['9月底前落实到位', r('2024-09', '2024-09-30', false, 'month')],
  ] as const)('%j', (cell, reading) => expect(parseTimeWording(cell, 2024)).toStrictEqual(reading));

  it.each([
    [undefined, 'empty'],
    ['  ', 'empty'],
    ['（待定）', 'empty'],
    [new Date(Number.NaN), 'unreadable'],
    [2023, 'unreadable'], // a year typed as a number is not a date serial
    [19999, 'unreadable'],
    [80000, 'unreadable'],
    [45473.5, 'unreadable'],
    ['x2023.12', 'unreadable'],
    ['2023.12x', 'unreadable'],
    ['2023年13月1日', 'bad_month'],
    ['2023年0月1日', 'bad_month'],
    ['2023年12月32日', 'bad_day'],
    ['第0季度', 'bad_month'],
    ['0-3月', 'bad_month'],
    ['1-13月', 'bad_month'],
    ['十三月', 'bad_month'],
    ['十三月5日', 'bad_month'],
    ['0月5日', 'bad_month'],
    ['2023.0', 'bad_month'],
    ['2023.9x', 'unreadable'],
    ['12-1月', 'range_backwards'],
    ['12月底至9月', 'range_backwards'],
    ['明年', 'unreadable'],
    // month and quarter numbers in words that are no number
    ['第一一季度', 'bad_month'],
    ['一一-3月', 'bad_month'],
    ['一一月5日', 'bad_month'],
    ['一一月', 'bad_month'],
    ['11月14日至8日', 'range_backwards'],
    ['11月8-31日', 'bad_day'],
    ['11月0-14日', 'bad_day'],
    ['12', 'unreadable'], // a bare number is a month only after a year (2023.12)
    ['9月', 'ok'],
  ] as const)('%j → %s', (cell, reason) => {
    const got = parseTimeWording(cell, 2024);
    expect(got.ok ? 'ok' : got.reason).toBe(reason);
  });

  it('chineseNumber: digits, 十 alone and in compounds, a single digit word; nothing else', () => {
    expect(['12', '十', '十三', '两十', '三十五', '九', '〇', '零', '十十', '一二', '十二月', 'a1', '1a', ''].map(chineseNumber)).toEqual([
      12,
      10,
      13,
      20,
      35,
      9,
      0,
      0,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('yearPlacement: only the next year is 跨年度; two years on is too late', () => {
    expect(yearPlacement('2026-01', 2024)).toBe('too_late');
    expect(yearPlacement('2024-01', 2024)).toBe('in_year');
  });
});

describe('plan steps: how a plan cell is cut', () => {
  const steps = (text: string) => stepsFromPlanText(text, 2024).map((s) => [s.due, s.label, s.text]);
  it('at line breaks always; at ；;。 only where the next part starts with time wording', () => {
    expect(steps('3月底前完成设计；同步开展招标。6月底前开工')).toEqual([
      ['2024-03-31', '3月底前', '3月底前完成设计；同步开展招标'],
      ['2024-06-30', '6月底前', '6月底前开工'],
    ]);
    expect(steps('3月底前完成设计; 7至9月施工; 第四季度验收; 上半年培训; 年底前投用; 年内复核')).toEqual([
      ['2024-03-31', '3月底前', '3月底前完成设计'],
      ['2024-09-30', '7至9月', '7至9月施工'],
      ['2024-12-31', '第四季度', '第四季度验收'],
      ['2024-06-30', '上半年', '上半年培训'],
      ['2024-12-31', '年底前', '年底前投用'],
      ['2024-12-31', '年内', '年内复核'],
    ]);
    expect(steps('4月底前：选址\n\n  \n8月底前：建设')).toEqual([
      ['2024-04-30', '4月底前', '4月底前：选址'],
      ['2024-08-31', '8月底前', '8月底前：建设'],
    ]);
  });
  it('a leading step number goes, a number that is the month stays', () => {
    expect(steps('1.4月底前选址；2、8月底前建设；(3)9月中旬验收；④10月投用')).toEqual([
      ['2024-04-30', '4月底前', '4月底前选址'],
      ['2024-08-31', '8月底前', '8月底前建设'],
      ['2024-09-20', '9月中旬', '9月中旬验收'],
      ['2024-10-31', '10月', '10月投用'],
    ]);
    expect(steps('12.5月底前完成')).toEqual([['2024-05-31', '5月底前', '5月底前完成']]);
    expect(steps('10月底前完成，')).toEqual([['2024-10-31', '10月底前', '10月底前完成']]);
    expect(steps('2025年3月底前，完成收尾')).toEqual([['2025-03-31', '2025年3月底前', '2025年3月底前，完成收尾']]);
    expect(steps('6月30日前完成')).toEqual([['2024-06-30', '6月30日前', '6月30日前完成']]);
    expect(steps('9月上中旬完成招标；10月中下旬开工')).toEqual([
      ['2024-09-20', '9月上中旬', '9月上中旬完成招标'],
      ['2024-10-31', '10月中下旬', '10月中下旬开工'],
    ]);
    expect(steps('十月份完成')).toEqual([['2024-10-31', '十月份', '十月份完成']]);
    expect(steps('三季度末完成')).toEqual([['2024-09-30', '三季度末', '三季度末完成']]);
  });
  it('the numbering of official writing goes too: （一）, 一是, 一、, 1）, ⑴', () => {
    const due = ['2024-06-30', '2024-09-30'];
    expect(steps('（一）6月底前完成招标；（二）9月底前开工')).toEqual([
      ['2024-06-30', '6月底前', '6月底前完成招标'],
      ['2024-09-30', '9月底前', '9月底前开工'],
    ]);
    expect(steps('一是6月底前完成招标；二是力争9月底前开工').map((s) => [s[0], s[2]])).toEqual([
      ['2024-06-30', '6月底前完成招标'],
      ['2024-09-30', '力争9月底前开工'],
    ]);
    for (const text of [
      '一、6月底前完成招标；二、9月底前开工',
      '1）6月底前完成招标；2）9月底前开工',
      '⑴6月底前完成招标；⑵9月底前开工',
      '(一)6月底前完成招标\n(二)9月底前开工',
    ])
      expect(
        steps(text).map((s) => s[0]),
        text,
      ).toEqual(due);
    // A month in words is no number: 十二月底前 stays whole; 一是 alone, without a time after it, splits nothing.
    expect(steps('十二月底前竣工')).toEqual([['2024-12-31', '十二月底前', '十二月底前竣工']]);
    expect(steps('6月底前完成招标；二是加强宣传')).toEqual([['2024-06-30', '6月底前', '6月底前完成招标；二是加强宣传']]);
  });
  it('full-width digits, as Word documents often have them, are read; the step keeps the text as written', () => {
    expect(steps('１．４月底前完成选址；２．９月底前完成招标，１２月底前竣工。')).toEqual([
      ['2024-04-30', '4月底前', '４月底前完成选址'],
      ['2024-09-30', '9月底前', '９月底前完成招标'],
      ['2024-12-31', '12月底前', '１２月底前竣工'],
    ]);
    expect(steps('（１）７－９月：施工\n１０～１１月投用')).toEqual([
      ['2024-09-30', '7-9月', '７－９月：施工'],
      ['2024-11-30', '10~11月', '１０～１１月投用'],
    ]);
  });
  it('a part whose time wording does not read is left out', () => {
    expect(steps('13月底前完成；加强宣传')).toEqual([]);
    expect(steps('2月30日前完成')).toEqual([]);
  });
});

describe('holidays whose date never moves: 国庆前, 五一前', () => {
  it('a deadline before National Day is 30 September, before Labour Day 30 April — of the plan year or the year written', () => {
    expect(due('国庆前')).toBe('2024-09-30');
    expect(due('国庆节前')).toBe('2024-09-30');
    expect(due('国庆之前')).toBe('2024-09-30');
    expect(due('确保国庆前建成开放')).toBe('2024-09-30');
    expect(due('2025年国庆前')).toBe('2025-09-30');
    expect(due('五一前')).toBe('2024-04-30');
    expect(due('劳动节前完成')).toBe('2024-04-30');
    expect(parseTimeWording('国庆前', 2024)).toMatchObject({ ok: true, month: '2024-09', yearGiven: false, understood: 'date' });
  });
  it('with other times in the cell, due at the latest', () => {
    expect(due('国庆前完成主体，年底前竣工')).toBe('2024-12-31');
    expect(due('6月底前完成设计\n国庆前开放')).toBe('2024-09-30');
    expect(due('6月底前完成主体国庆前开放')).toBe('refused:unreadable'); // run together: no guess
  });
  it('春节前 with its year: the eve of that year’s Spring Festival, which moves with the Chinese calendar', () => {
    expect(due('2024年春节前')).toBe('2024-02-09');
    expect(due('2025年春节前', 2024)).toBe('2025-01-28'); // a task running into the next year
    expect(due('2025年春节之前完成发放', 2024)).toBe('2025-01-28');
    expect(due('次年春节前', 2024)).toBe('2025-01-28');
    expect(due('二〇二六年春节前', 2026)).toBe('2026-02-16');
    expect(due('力争2027年春节前建成', 2026)).toBe('2027-02-05');
    expect(due('6月底前完成主体，2025年春节前投入使用')).toBe('2025-01-28');
    expect(parseTimeWording('2025年春节前', 2024)).toMatchObject({ ok: true, month: '2025-01', yearGiven: true });
  });
  it('年前 alone is not guessed (the year’s end, or the Spring Festival’s eve as 年前 is said of it): a refusal of its own', () => {
    expect(due('年前')).toBe('refused:year_eve');
    expect(due('年前发放到位')).toBe('refused:year_eve');
    expect(due('确保年前完成')).toBe('refused:year_eve');
    expect(due('年底前')).toBe('2024-12-31');
    expect(due('年内完成')).toBe('2024-12-31');
    expect(due('2025年底前', 2024)).toBe('2025-12-31');
    expect(due('2025年春节前', 2024)).toBe('2025-01-28');
  });
  it('2025年前 is not guessed (the end of 2025, or before 2025 began?): a refusal of its own', () => {
    expect(due('2025年前', 2024)).toBe('refused:year_before');
    expect(due('2025年之前完成', 2024)).toBe('refused:year_before');
    expect(due('力争2025年前建成', 2024)).toBe('refused:year_before');
    expect(due('2025年底前', 2024)).toBe('2025-12-31');
    expect(due('2025年春节前', 2024)).toBe('2025-01-28');
    expect(due('2025年国庆前', 2024)).toBe('2025-09-30');
  });
  it('年中 is not guessed (June’s end, or July’s?): a refusal of its own', () => {
    expect(due('年中')).toBe('refused:mid_year');
    expect(due('年中完成')).toBe('refused:mid_year');
    expect(due('年中前完成主体')).toBe('refused:mid_year');
    expect(due('2025年中', 2024)).toBe('refused:mid_year');
    expect(due('2025年年中', 2024)).toBe('refused:mid_year');
    expect(due('上半年')).toBe('2024-06-30');
    expect(due('年中期评估后完成')).toBe('refused:mid_year');
  });
  it('a year typed without 年 before a holiday (2025春节前, as a cell is often typed) is that year', () => {
    expect(due('2025春节前', 2024)).toBe('2025-01-28');
    expect(parseTimeWording('2025春节前', 2024)).toMatchObject({ ok: true, month: '2025-01', yearGiven: true });
    expect(due('2024国庆前')).toBe('2024-09-30');
    expect(due('2025国庆节前', 2024)).toBe('2025-09-30');
    expect(due('力争2027春节前建成', 2026)).toBe('2027-02-05');
    expect(due('6月底前完成主体，2025春节前投入使用')).toBe('2025-01-28');
    // Not a holiday after it, no year: a figure or a code stays unread.
    expect(due('2025春节期间')).toBe('refused:unreadable');
    expect(due('2025完成')).toBe('refused:unreadable');
  });
  it('春节前 without a year is not guessed (the festival early in the plan year, or the one after it?): a refusal of its own', () => {
    expect(due('春节前')).toBe('refused:festival_year');
    expect(due('春节前完成欠薪清零')).toBe('refused:festival_year');
    expect(due('2024年春节期间')).toBe('refused:unreadable');
    expect(due('2024年春节前后')).toBe('refused:unreadable'); // around the festival, not before it
    expect(due('国庆前后开放')).toBe('refused:unreadable');
    expect(due('6月底前完成主体2025年春节前开放')).toBe('refused:unreadable'); // run together: no guess
  });
  it('中秋节前 and 端午节前: the eve of that year’s festival (both fall within the plan year, so no year is needed)', () => {
    expect(due('中秋节前')).toBe('2024-09-16'); // 中秋 2024-09-17
    expect(due('中秋前发放到位')).toBe('2024-09-16');
    expect(due('确保中秋节前完工', 2023)).toBe('2023-09-28'); // 中秋 2023-09-29
    expect(due('2025年中秋节前', 2024)).toBe('2025-10-05'); // 中秋 2025-10-06: not 年中
    expect(due('2025中秋前', 2024)).toBe('2025-10-05');
    expect(due('端午节前')).toBe('2024-06-09'); // 端午 2024-06-10
    expect(due('端午前', 2025)).toBe('2025-05-30'); // 端午 2025-05-31
    expect(parseTimeWording('中秋节前', 2024)).toMatchObject({ ok: true, month: '2024-09', yearGiven: false, understood: 'date' });
    expect(due('中秋期间')).toBe('refused:unreadable');
  });
  it('中秋国庆前 (before both, as 节日慰问 is written): the earlier eve — 中秋’s in most years, National Day’s when 中秋 comes after it', () => {
    expect(due('中秋国庆前')).toBe('2024-09-16'); // 中秋 2024-09-17
    expect(due('中秋、国庆节前发放慰问金')).toBe('2024-09-16');
    expect(due('国庆中秋前', 2025)).toBe('2025-09-30'); // 中秋 2025-10-06
    expect(due('2023年中秋国庆前', 2023)).toBe('2023-09-28'); // 中秋 2023-09-29, the day before 国庆's eve
    expect(due('中秋国庆期间')).toBe('refused:unreadable');
    expect(due('双节前')).toBe('refused:unreadable'); // 中秋国庆, or 元旦春节?
  });
  it('元旦前 is the last day of the plan year (the coming New Year’s Day); with a year, the day before that year began', () => {
    expect(due('元旦前')).toBe('2024-12-31');
    expect(due('确保元旦前建成通车')).toBe('2024-12-31');
    expect(due('2025年元旦前', 2024)).toBe('2024-12-31');
    expect(parseTimeWording('元旦前', 2024)).toMatchObject({ ok: true, month: '2024-12', yearGiven: false });
    expect(parseTimeWording('2026年元旦前', 2025)).toMatchObject({ ok: true, month: '2025-12', yearGiven: true });
  });
  it('七一前 is 30 June', () => {
    expect(due('七一前')).toBe('2024-06-30');
    expect(due('力争七一前开放')).toBe('2024-06-30');
  });
  it('the festivals lead plan steps as the others do', () => {
    const steps = (text: string) => stepsFromPlanText(text, 2024).map((s) => [s.due, s.label]);
    expect(steps('端午节前完成设计；中秋节前建成开放；元旦前验收')).toEqual([
      ['2024-06-09', '端午节前'],
      ['2024-09-16', '中秋节前'],
      ['2024-12-31', '元旦前'],
    ]);
    expect(steps('中秋国庆前走访慰问；元旦前完成发放')).toEqual([
      ['2024-09-16', '中秋国庆前'],
      ['2024-12-31', '元旦前'],
    ]);
    expect(steps('七一前完成选址，国庆前开工')).toEqual([
      ['2024-06-30', '七一前'],
      ['2024-09-30', '国庆前'],
    ]);
  });
  it('a holiday named without 前, or 五一 as a name in the words, is no time of its own', () => {
    expect(due('国庆期间')).toBe('refused:unreadable');
    expect(due('五一路改造')).toBe('refused:unreadable');
    expect(due('9月底前完成五一路改造')).toBe('2024-09-30');
  });
  it('leads a plan step, after ；, a comma or 、, and in brackets at its end', () => {
    const steps = (text: string) => stepsFromPlanText(text, 2024).map((s) => [s.due, s.label]);
    expect(steps('6月底前完成主体；国庆前建成开放')).toEqual([
      ['2024-06-30', '6月底前'],
      ['2024-09-30', '国庆前'],
    ]);
    expect(steps('6月底前完成选址；2025年春节前建成开放')).toEqual([
      ['2024-06-30', '6月底前'],
      ['2025-01-28', '2025年春节前'],
    ]);
    expect(steps('6月底前完成选址；2025春节前建成开放')).toEqual([
      ['2024-06-30', '6月底前'],
      ['2025-01-28', '2025春节前'],
    ]);
    expect(steps('五一前完成设计，国庆节前开园')).toEqual([
      ['2024-04-30', '五一前'],
      ['2024-09-30', '国庆节前'],
    ]);
    expect(steps('6月底前完成招标、国庆前开放')).toEqual([
      ['2024-06-30', '6月底前'],
      ['2024-09-30', '国庆前'],
    ]);
    expect(steps('完成绿化种植（国庆前）')).toEqual([['2024-09-30', '国庆前']]);
    expect(steps('力争国庆前投入使用')).toEqual([['2024-09-30', '国庆前']]);
    expect(steps('完成五一路改造')).toEqual([]);
  });
});

describe('a year written in Chinese numerals (二〇二五年), as older 公文 date things', () => {
  it('reads as the year in digits, with what follows it', () => {
    expect(due('二〇二五年十二月')).toBe('2025-12-31');
    expect(due('二〇二五年底前')).toBe('2025-12-31');
    expect(due('二○二五年6月30日前')).toBe('2025-06-30'); // ○ (a circle), as typed for 〇
    expect(due('二零二五年九月底')).toBe('2025-09-30');
    expect(parseTimeWording('二〇二五年三季度', 2024)).toMatchObject({ ok: true, month: '2025-09', yearGiven: true });
  });
  it('in a plan step: dated, its text as written', () => {
    expect(stepsFromPlanText('二〇二五年6月底前完成设计；二〇二六年3月底前竣工', 2025).map((s) => [s.due, s.text])).toEqual([
      ['2025-06-30', '二〇二五年6月底前完成设计'],
      ['2026-03-31', '二〇二六年3月底前竣工'],
    ]);
  });
  it('not three numerals, nor five: no year to guess', () => {
    expect(due('二〇二年底')).toBe('refused:unreadable');
    expect(due('一二〇二五年底')).toBe('refused:unreadable');
  });
});
