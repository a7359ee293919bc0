import { describe, expect, it } from 'vitest';
import { describeActor, describeEntity, t } from './zh-CN';
import { clip, displayUnit, fmtDateTime, fmtPctOrNone, NO_FIGURE } from './format';
import { displayExpected } from '@/lib/domain/numbers';

describe('wording', () => {
  it('clip: a text longer than its room ends with an ellipsis; one that fits is left whole (no ellipsis it did not earn)', () => {
    expect(clip('为辖区内符合条件的特殊困难老年人安装水浸探测器', 10)).toBe('为辖区内符合条件的特…');
    expect(clip('建成启用区人民医院医疗综合楼', 14)).toBe('建成启用区人民医院医疗综合楼');
    expect(clip('10月底前完成', 12)).toBe('10月底前完成');
    expect(clip('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…'); // counted in characters, not UTF-16 halves
  });
  it("a step's date field is named by its step, cut to twelve characters", () => {
    expect(t.form.stepDate('8月：完成东海道施工招标工作')).toBe('完成日期（8月：完成东海道施工招标…）');
    expect(t.form.stepDate('12月：完成验收')).toBe('完成日期（12月：完成验收）');
  });
  it('a plan column not read is named by its letter and header, or said to have none', () => {
    expect(t.plan.issue.columns_not_read('F')).toBe('以下列不是本系统计划的字段，未导入：F列（无表头）');
    expect(t.plan.issue.columns_not_read('D 计划总投资（万元）、AA')).toBe('以下列不是本系统计划的字段，未导入：D 计划总投资（万元）、AA列（无表头）');
  });
  it('an unread deadline’s fix offers the readings of the cell’s own year, else the plan year’s', () => {
    // 2025年前 in a 2025 plan: the end of 2025, or the end of 2024 — not 2026.
    expect(t.plan.fix.year_before_deadline('力争2025年前建成', 2025)).toBe('写明“2025年底前”或“2024年底前”；也可写具体月份或日期');
    expect(t.plan.fix.year_before_deadline('二〇二六年以前', 2025)).toBe('写明“2026年底前”或“2025年底前”；也可写具体月份或日期');
    expect(t.plan.fix.year_before_deadline(undefined, 2025)).toBe('写明“2025年底前”或“2024年底前”；也可写具体月份或日期');
    expect(t.plan.issue.mid_year_deadline('年中完成')).toBe('完成时限“年中完成”未写明月份（“年中”可指6月底，也可指7月底）');
  });
  it('a deadline today is 今日到期, not 还有0天', () => {
    expect(t.task.daysLeft(0)).toBe('今日到期');
    expect(t.task.daysLeft(3)).toBe('距完成时限还有3天');
    expect(t.task.daysLeft(-61)).toBe('已超过完成时限61天');
    expect(t.leadership.daysLeft(0)).toBe('今日到期');
  });
  it('names who is signed in once ("区督查室", not "区督查室（区督查室）")', () => {
    expect(t.auth.signedInAs('区督查室', '区督查室')).toBe('区督查室');
    expect(t.auth.signedInAs('张三', '区督查室')).toBe('区督查室 张三');
    expect(t.auth.signedInAs('区民政局', '区民政局')).toBe('区民政局');
  });
  it('a 督办 step names its unit once when the unit’s own account took it ("区民政局", not "区民政局（区民政局）")', () => {
    expect(t.notice.eventBy('区民政局', '区民政局')).toBe('区民政局');
    expect(t.notice.eventBy('张三', '区民政局')).toBe('张三（区民政局）');
    expect(t.notice.eventBy('区督查室', '区民政局')).toBe('区督查室（区民政局）');
    expect(t.notice.eventBy('区督查室', null)).toBe('区督查室');
    expect(t.notice.eventBy(null, '区民政局')).toBe('（区民政局）');
  });

  it('audit rows name people and records, in Beijing time', () => {
    expect(describeActor({ name: '张三', role: 'SUPERVISOR', unit: null })).toBe('区督查室 张三');
    expect(describeActor({ name: '李四', role: 'UNIT', unit: '区民政局' })).toBe('区民政局 李四');
    expect(describeActor(null)).toBe('系统');
    expect(describeEntity({ entityType: 'SupervisionNotice', entityId: '2', entityName: null, task: { number: 1, year: 2023 } })).toBe(
      '督办通知 #2 → 2023年度任务1',
    );
    expect(describeEntity({ entityType: 'User', entityId: '7', entityName: '王五', task: null })).toBe('用户 王五');
    expect(fmtDateTime('2023-09-30T16:05:00.000Z')).toBe('2023/10/1 00:05');
  });
  it('expected counts of people and households are whole numbers; percentages and amounts keep one decimal', () => {
    expect(displayExpected(233.24, '户', false)).toBe(233);
    expect(displayExpected(1665.8, '人次', false)).toBe(1666);
    expect(displayExpected(74.46, '%', true)).toBe(74.5);
    expect(displayExpected(15.14, '万元', false)).toBe(15.1);
  });
  it('the review menu shows how many updates wait', () => {
    expect(t.nav.reviewCount(3)).toBe('审核（3）');
  });
});

describe('days counted from the as-of date', () => {
  it('say 今日 only when that date is today', () => {
    expect(t.task.daysLeft(0)).toBe('今日到期');
    expect(t.task.daysLeft(0, false)).toBe('统计日当天到期');
    expect(t.leadership.daysLeft(0, false)).toBe('统计日当天到期');
    expect(t.task.daysLeft(-3, false)).toBe('已超过完成时限3天');
  });
});

describe('the audit filter', () => {
  it('names the 佐证材料 actions in Chinese; a row older than its name shows as recorded', () => {
    expect(['uploaded', 'viewed', 'published', 'withdrawn', 'removed'].map((a) => t.audit.actionLabel(`evidence.${a}`))).toEqual([
      '上传佐证材料',
      '查看佐证材料原件',
      '公开佐证材料',
      '取消公开佐证材料',
      '移除佐证材料',
    ]);
    expect(t.audit.actionLabel('legacy.thing')).toBe('legacy.thing');
    // What it was done to: a file, a project (they showed as Evidence #5, Project #2).
    expect(describeEntity({ entityType: 'Evidence', entityId: '5', entityName: null, task: null })).toBe('佐证材料 #5');
    expect(describeEntity({ entityType: 'Project', entityId: '2', entityName: null, task: null })).toBe('项目 #2');
  });
  it('names every action once (no two actions share a label)', () => {
    const labels = Object.values(t.audit.actions);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });
  it('/accounts speaks of what the office does in the app, not of the command line', () => {
    expect(t.accounts.intro).not.toMatch(/npm|命令行/);
  });
});

describe('displayUnit', () => {
  it('shows a percent figure in %, any other in its own unit', () => {
    expect(displayUnit({ isPercent: true, unitOfMeasure: '形象进度' })).toBe('%');
    expect(displayUnit({ isPercent: false, unitOfMeasure: '户' })).toBe('户');
  });
  it('a missing percentage is shown as the no-figure mark, never as 0', () => {
    expect(fmtPctOrNone(null)).toBe(NO_FIGURE);
    expect(fmtPctOrNone(0)).toBe('0%');
  });
});
