import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseUpdate, type UpdateFormContext } from './update';
import { LIMITS } from './limits';

const ctx: UpdateFormContext = {
  planYear: 2023,
  today: '2023-10-15',
  indicators: [
    { id: 1, isPercent: false, lastApproved: 197, unit: '户' },
    { id: 2, isPercent: true, lastApproved: 65, unit: '%' },
    { id: 3, isPercent: false, lastApproved: null },
  ],
  milestones: [
    { id: 10, reached: false },
    { id: 11, reached: true },
  ],
  openProblemIds: [20],
  openNoticeIds: [30],
  openItemIds: [40],
};
const ok = { asOf: '2023-09-30', narrative: '已完成安装', baseVersion: '1', seenPendingId: '0' };
const errs = (input: Record<string, string>) => {
  const r = parseUpdate(input, ctx);
  return r.ok ? {} : r.errors;
};

describe('progress update schema', () => {
  it('accepts a good update and returns typed data', () => {
    const r = parseUpdate(
      {
        ...ok,
        ind_1: '240',
        ind_2: '80',
        ms_10: 'on',
        msdate_10: '2023-09-20',
        resolve_20: 'on',
        notice_30: '已整改',
        item_40: 'on',
        newProblemKind: 'OTHER',
        newProblemText: '资金未到位',
        newProblemBlocking: 'on',
        $ACTION_ID_abc: '',
      },
      ctx,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.values).toEqual([
      { indicatorId: 1, value: 240, reason: null },
      { indicatorId: 2, value: 80, reason: null },
    ]);
    expect(r.data.milestones).toEqual([{ id: 10, reachedOn: '2023-09-20' }]);
    expect(r.data).toMatchObject({
      resolveProblemIds: [20],
      completeItemIds: [40],
      noticeAnswers: [{ id: 30, answer: '已整改' }],
      newProblem: { kind: 'OTHER', blocking: true },
    });
  });
  it('empty narrative', () => expect(errs({ ...ok, narrative: '  ' }).narrative).toEqual(['此项为必填项']));
  it('percent outside 0–100', () => {
    expect(errs({ ...ok, ind_2: '101' }).ind_2).toEqual(['百分比须在0到100之间']);
    expect(errs({ ...ok, ind_2: '-1' }).ind_2).toEqual(['不能为负数']);
  });
  it('negative or non-numeric counts', () => {
    expect(errs({ ...ok, ind_3: '-5' }).ind_3).toEqual(['不能为负数']);
    expect(errs({ ...ok, ind_3: '十二' }).ind_3).toEqual(['请输入数字，如 1800 或 65.5']);
    expect(errs({ ...ok, ind_3: '1e3' }).ind_3).toEqual(['请输入数字，如 1800 或 65.5']);
  });
  it('reads a figure as typed with a full-width input method, with thousands commas or with its own unit', () => {
    const values = (o: Record<string, string>) => {
      const r = parseUpdate({ ...ok, ...o }, ctx);
      return r.ok ? r.data.values.map((v) => [v.indicatorId, v.value]) : r.errors;
    };
    expect(values({ ind_1: '１，２００', ind_2: '６５．５' })).toEqual([
      [1, 1200],
      [2, 65.5],
    ]);
    expect(values({ ind_1: '1,200户', ind_2: '70%', ind_3: '3,000' })).toEqual([
      [1, 1200],
      [2, 70],
      [3, 3000],
    ]);
    // Another unit than the indicator's, or a comma that groups nothing, is not read as a figure.
    expect(errs({ ...ok, ind_1: '1200人' }).ind_1).toEqual(['请输入数字，如 1800 或 65.5']);
    expect(errs({ ...ok, ind_1: '12,00' }).ind_1).toEqual(['请输入数字，如 1800 或 65.5']);
    // The limits hold on the figure as read.
    expect(errs({ ...ok, ind_2: '１０１％' }).ind_2).toEqual(['百分比须在0到100之间']);
    expect(errs({ ...ok, ind_1: '1,96' }).ind_1).toEqual(['请输入数字，如 1800 或 65.5']);
    expect(errs({ ...ok, ind_1: '196户' }).reason_1).toEqual(['低于上次审核通过的数值（197），请说明原因']);
  });
  it('a cumulative value below the last approved one needs a reason', () => {
    expect(errs({ ...ok, ind_1: '150' }).reason_1).toEqual(['低于上次审核通过的数值（197），请说明原因']);
    expect(parseUpdate({ ...ok, ind_1: '150', reason_1: '核减重复统计户数' }, ctx).ok).toBe(true);
  });
  it('as-of date in the future or outside the plan year', () => {
    expect(errs({ ...ok, asOf: '2023-10-16' }).asOf).toEqual(['日期不能晚于今天']);
    expect(errs({ ...ok, asOf: '2022-12-31' }).asOf).toEqual(['日期须在2023年内']);
    expect(errs({ ...ok, asOf: '2023-02-30' }).asOf).toEqual(['请输入有效日期（年-月-日）']);
  });
  it('over-long text', () => {
    expect(errs({ ...ok, narrative: '字'.repeat(LIMITS.narrative + 1) }).narrative).toEqual([`不能超过${LIMITS.narrative}个字`]);
    expect(errs({ ...ok, nextSteps: '字'.repeat(LIMITS.nextSteps + 1) }).nextSteps).toHaveLength(1);
  });
  it('an indicator, milestone, problem or notice of another task', () => {
    expect(errs({ ...ok, ind_99: '5' }).ind_99).toEqual(['该项不属于本任务']);
    expect(errs({ ...ok, ms_98: 'on' }).ms_98).toEqual(['该项不属于本任务']);
    expect(errs({ ...ok, resolve_97: 'on' }).resolve_97).toEqual(['该项不属于本任务']);
    expect(errs({ ...ok, notice_96: 'x' }).notice_96).toEqual(['该项不属于本任务']);
  });
  it('a milestone reached after the as-of date', () => {
    expect(errs({ ...ok, ms_10: 'on', msdate_10: '2023-10-01' }).msdate_10).toEqual(['完成日期不能晚于本次报送的截至日期']);
  });
  it('a new problem needs both kind and text', () => {
    expect(errs({ ...ok, newProblemText: '缺少资金' }).newProblemKind).toEqual(['请选择问题类型']);
    expect(errs({ ...ok, newProblemKind: 'OTHER' }).newProblemText).toEqual(['此项为必填项']);
  });
});

describe('a returned update handed back to the form', () => {
  it('rebuilds every field, ticks included, so parsing it again gives the same update', async () => {
    const { updateToFormValues } = await import('./update-fields');
    const input = {
      ...ok,
      ind_1: '240',
      reason_1: '',
      ms_10: 'on',
      msdate_10: '2023-09-20',
      resolve_20: 'on',
      item_40: 'on',
      newProblemKind: 'OTHER',
      newProblemText: '资金未到位',
      newProblemBlocking: 'on',
      completesTask: 'on',
    };
    const first = parseUpdate(input, ctx);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const d = first.data;
    const values = updateToFormValues({
      asOf: d.asOf,
      narrative: d.narrative,
      nextSteps: d.nextSteps,
      problemsText: d.problemsText,
      values: d.values,
      milestones: d.milestones.map((x) => ({ milestoneId: x.id, reachedOn: x.reachedOn })),
      newProblems: d.newProblem ? [d.newProblem] : [],
      resolveProblemIds: d.resolveProblemIds,
      completeItemIds: d.completeItemIds,
      completesTask: d.completesTask,
      noticeAnswers: [],
    });
    expect(values).toMatchObject({
      ms_10: 'on',
      msdate_10: '2023-09-20',
      resolve_20: 'on',
      item_40: 'on',
      newProblemKind: 'OTHER',
      newProblemText: '资金未到位',
      newProblemBlocking: 'on',
      completesTask: 'on',
    });
    const again = parseUpdate({ ...values, baseVersion: '1', seenPendingId: '0' }, ctx);
    expect(again.ok && again.data).toEqual(d);
  });
});

describe('bad input from an edited form', () => {
  const whole: UpdateFormContext = {
    ...ctx,
    indicators: [
      { id: 1, isPercent: false, lastApproved: 197, whole: true },
      { id: 3, isPercent: false, lastApproved: null },
    ],
  };
  it('a count takes whole numbers only (250.5 households is refused); an amount may have decimals', () => {
    const r = parseUpdate({ ...ok, ind_1: '250.5', ind_3: '15.1' }, whole);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.ind_1).toEqual(['该指标为计数，请填写整数']);
      expect(r.errors.ind_3).toBeUndefined();
    }
  });
  it('a milestone date outside a sensible window (before the year before the plan year) is refused', () => {
    expect(errs({ ...ok, ms_10: 'on', msdate_10: '1999-01-01' }).msdate_10).toEqual(['日期须在2022-01-01至2023-10-15之间']);
    expect(errs({ ...ok, ms_10: 'on', msdate_10: '2023-13-01' }).msdate_10).toEqual(['请输入有效日期（年-月-日）']);
  });
  it('answers an edited select or hidden field in Chinese', () => {
    expect(errs({ ...ok, newProblemKind: 'HACKED', newProblemText: 'x' }).newProblemKind).toEqual(['输入内容无效，请重新选择或填写']);
    expect(errs({ ...ok, baseVersion: 'abc' }).baseVersion).toEqual(['输入内容无效，请重新选择或填写']);
  });
  it('strips control, bidirectional-override and zero-width characters from every text; keeps newlines', async () => {
    const { formToObject, isRecordId } = await import('./update');
    const fd = new FormData();
    fd.append('narrative', 'a\u0000b\u0007c\u001b[31md\u202Ee\u200Bf\ng\th');
    expect(formToObject(fd).narrative).toBe('abc[31mdef\ng\th');
    expect([isRecordId(3), isRecordId('3'), isRecordId(0), isRecordId(2.5)]).toEqual([true, false, false, false]);
  });
  it('a form argument that is no form (a crafted call) reads as NO_FORM, not as a TypeError', async () => {
    const { formToObject, isForm, NO_FORM } = await import('./update');
    for (const v of [undefined, null, {}, 'x', [['a', 'b']], { entries: () => [['a', 'b']] }]) {
      expect(isForm(v)).toBe(false);
      expect(formToObject(v as unknown as FormData)).toBe(NO_FORM);
    }
    expect(Object.isFrozen(NO_FORM) && Object.keys(NO_FORM)).toEqual([]);
    expect(isForm(new FormData())).toBe(true);
    expect(formToObject(new FormData())).not.toBe(NO_FORM);
  });
});

describe('every remaining error branch', () => {
  it('update: a value above the limit, an over-long reason or answer, a sub-item of another task, a missing as-of date', () => {
    expect(errs({ ...ok, ind_3: String(LIMITS.maxValue + 1) }).ind_3).toEqual(['数值过大']);
    expect(errs({ ...ok, ind_1: '150', reason_1: '因'.repeat(LIMITS.reason + 1) }).reason_1).toEqual([`不能超过${LIMITS.reason}个字`]);
    expect(errs({ ...ok, notice_30: '答'.repeat(LIMITS.noticeText + 1) }).notice_30).toEqual([`不能超过${LIMITS.noticeText}个字`]);
    expect(errs({ ...ok, item_41: 'on' }).item_41).toEqual(['该项不属于本任务']);
    expect(errs({ ...ok, reason_99: 'x' }).reason_99).toEqual(['该项不属于本任务']);
    expect(errs({ ...ok, msdate_98: '2023-09-01' }).msdate_98).toEqual(['该项不属于本任务']);
    expect(errs({ ...ok, asOf: '' }).asOf).toEqual(['此项为必填项']);
    expect(errs({ ...ok, ms_10: 'on', msdate_10: '2023-10-20' }).msdate_10).toEqual(['日期不能晚于今天']);
  });
  it('review: a decision is required, a comment has a limit', async () => {
    const { reviewSchema } = await import('./update');
    const fail = (o: Record<string, string>) => {
      const r = reviewSchema.safeParse(o);
      return r.success ? null : r.error.issues.map((i) => [i.path.join('.'), i.message]);
    };
    expect(fail({})).toEqual([['decision', '请选择通过或退回']]);
    expect(fail({ decision: 'maybe' })).toEqual([['decision', '请选择通过或退回']]);
    expect(fail({ decision: 'return', comment: '意'.repeat(LIMITS.comment + 1) })).toEqual([['comment', `不能超过${LIMITS.comment}个字`]]);
    expect(reviewSchema.parse({ decision: 'approve', verified: 'on' })).toEqual({ decision: 'approve', comment: '', verified: true });
  });
  it('notice: reason, required action, a real date and a recipient are required; texts have a limit', async () => {
    const { noticeSchema, noticeStepSchema } = await import('./update');
    const fail = (o: Record<string, unknown>) => {
      const r = noticeSchema.safeParse(o);
      return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    expect(fail({ reason: '', requiredAction: '', dueDate: '', recipients: [] })).toEqual({
      reason: '此项为必填项',
      requiredAction: '此项为必填项',
      dueDate: '此项为必填项',
      recipients: '请至少选择一个接收单位',
    });
    expect(fail({ reason: 'a', requiredAction: 'b', dueDate: '2023-02-30', recipients: ['1'] })).toEqual({ dueDate: '请输入有效日期（年-月-日）' });
    expect(fail({ reason: '由'.repeat(LIMITS.noticeText + 1), requiredAction: 'b', dueDate: '2027-01-31', recipients: ['1'] })).toEqual({
      reason: `不能超过${LIMITS.noticeText}个字`,
    });
    expect(noticeSchema.parse({ reason: 'a\nb', requiredAction: 'c', dueDate: '2027-01-31', recipients: ['3', '4'] })).toMatchObject({
      level: 'DUBAN',
      recipients: [3, 4],
      reason: 'a\nb',
    });
    // An unknown level is refused, never stored as 督办 (the probe sent NUKE).
    for (const level of ['bogus', 'NUKE', ''])
      expect(
        z.flattenError(noticeSchema.safeParse({ reason: 'a', requiredAction: 'c', dueDate: '2027-01-31', recipients: ['3'], level }).error!).fieldErrors,
        level,
      ).toEqual({ level: ['输入内容无效，请重新选择或填写'] });
    // An answer (and a return comment) cannot be blank; a note on other steps may be.
    expect(noticeStepSchema(true).safeParse({ text: '   ' }).success).toBe(false);
    expect(noticeStepSchema(false).parse({ text: '' })).toEqual({ text: '' });
  });
  it('login: username and password are required and bounded', async () => {
    const { loginSchema } = await import('./update');
    const fail = (o: Record<string, string>) => {
      const r = loginSchema.safeParse(o);
      return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    expect(fail({ username: '', password: '' })).toEqual({ username: '此项为必填项', password: '此项为必填项' });
    expect(fail({ username: 'u'.repeat(LIMITS.username + 1), password: 'p'.repeat(LIMITS.password + 1) })).toEqual({
      username: `不能超过${LIMITS.username}个字`,
      password: `不能超过${LIMITS.password}个字`,
    });
  });
});

describe('boundaries of the update form', () => {
  it('values at their limits pass; just past them fail; blanks are no figure; spaces are trimmed', () => {
    const r = parseUpdate({ ...ok, ind_1: ' 200 ', ind_2: '100', ind_3: String(LIMITS.maxValue) }, ctx);
    expect(r.ok && r.data.values).toEqual([
      { indicatorId: 1, value: 200, reason: null },
      { indicatorId: 2, value: 100, reason: null },
      { indicatorId: 3, value: LIMITS.maxValue, reason: null },
    ]);
    // A figure below the last approved one needs its reason; equal does not.
    expect(errs({ ...ok, ind_1: '196' }).reason_1).toEqual(['低于上次审核通过的数值（197），请说明原因']);
    expect(errs({ ...ok, ind_1: '197' }).reason_1).toBeUndefined();
    expect(errs({ ...ok, ind_3: '0' }).ind_3).toBeUndefined();
    const blank = parseUpdate({ ...ok, ind_1: '', ind_2: '   ' }, ctx);
    expect(blank.ok && blank.data.values).toEqual([]);
    expect(errs({ ...ok, ind_2: '100.01' }).ind_2).toEqual(['百分比须在0到100之间']);
    expect(errs({ ...ok, ind_1: '212.25' }).ind_1).toBeUndefined();
    expect(errs({ ...ok, ind_1: '1e3' }).ind_1).toEqual(['请输入数字，如 1800 或 65.5']);
    expect(errs({ ...ok, ind_1: '12.' }).ind_1).toEqual(['请输入数字，如 1800 或 65.5']);
    expect(errs({ ...ok, ind_1: '-0.5' }).ind_1).toEqual(['不能为负数']);
  });
  it('the as-of date may be today, not tomorrow; texts default to empty; a raised problem needs a kind from the list', () => {
    expect(errs({ ...ok, asOf: '2023-10-15' }).asOf).toBeUndefined();
    expect(errs({ ...ok, asOf: '2023-10-16' }).asOf).toEqual(['日期不能晚于今天']);
    expect(errs({ ...ok, asOf: ' 2023-09-30 ' }).asOf).toBeUndefined();
    const r = parseUpdate(ok, ctx);
    expect(r.ok && [r.data.nextSteps, r.data.problemsText, r.data.newProblem]).toEqual(['', '', null]);
    expect(errs({ ...ok, newProblemKind: 'OTHER', newProblemText: '' }).newProblemText).toBeDefined();
  });
  it('an unknown field value of the wrong type is treated as blank, a missing field as required', () => {
    expect(errs({ asOf: '2023-09-30', baseVersion: '1', seenPendingId: '0' } as Record<string, string>).narrative).toEqual(['此项为必填项']);
    expect(errs({ ...ok, ind_1: 5 as unknown as string }).ind_1).toBeUndefined();
  });
});
