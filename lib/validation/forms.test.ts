// One check per error branch of the office's forms: accounts and units, plan years and plan edits,
// report periods and publication, the 督办 ledger's URL filters, and the stored JSON columns.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { m } from '@/lib/i18n/messages';
import { changePasswordSchema, MIN_PASSWORD, unitSchema, userCreateSchema } from './account';
import {
  changeReasonSchema,
  createYearSchema,
  confirmImportSchema,
  importSchema,
  indicatorEditSchema,
  milestoneEditSchema,
  projectEditSchema,
  taskEditSchema,
} from './plan';
import { parseReportPeriod, publishSchema } from './report';
import { parseLedgerFilters } from './notices';
import { problemsColumn } from './update-payload';
import { LIMITS } from './limits';

/** The messages per field of a failed parse, or null when it passes. */
function errors(schema: z.ZodType, input: unknown): Record<string, string[]> | null {
  const r = schema.safeParse(input);
  if (r.success) return null;
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[i.path.join('.') || '_'] ??= []).push(i.message);
  return out;
}

describe('units and accounts', () => {
  const unit = { code: 'mzj', name: '区民政局' };
  it('a unit: a code of 2–20 lower-case letters, digits, - or _; a name of 2–40 characters; webhooks http(s) or empty', () => {
    expect(unitSchema.parse({ ...unit, wecomWebhook: ' https://qyapi.weixin.qq.com/x ', dingtalkWebhook: '' })).toEqual({
      ...unit,
      fullName: null,
      aliases: [],
      wecomWebhook: 'https://qyapi.weixin.qq.com/x',
      dingtalkWebhook: null,
      dingtalkSecret: null,
      robotPrefix: null,
    });
    expect(unitSchema.parse(unit)).toEqual({
      ...unit,
      fullName: null,
      aliases: [],
      wecomWebhook: null,
      dingtalkWebhook: null,
      dingtalkSecret: null,
      robotPrefix: null,
    });
    // Full name and aliases: trimmed, split on 、，,；; and line breaks, each once; at most 40 characters each, 20 in all.
    expect(unitSchema.parse({ ...unit, fullName: ' 深圳市盐田区民政局 ', aliases: '区民政、 盐田民政局；区民政\n' })).toMatchObject({
      fullName: '深圳市盐田区民政局',
      aliases: ['区民政', '盐田民政局'],
    });
    expect(errors(unitSchema, { ...unit, aliases: '长'.repeat(41) })).toEqual({ aliases: [m.tooLong(40)] });
    expect(errors(unitSchema, { ...unit, aliases: Array.from({ length: 21 }, (_, i) => `别名${i}`).join('、') })).toEqual({ aliases: [m.tooManyAliases] });
    expect(unitSchema.parse({ code: ' a_-9 ', name: ' 两字 ' })).toMatchObject({ code: 'a_-9', name: '两字' });
    expect(errors(unitSchema, { code: 'M', name: '甲' })).toEqual({ code: [m.badCode], name: [m.required] });
    expect(errors(unitSchema, { code: 'a'.repeat(21), name: '名'.repeat(41) })).toEqual({ code: [m.badCode], name: [m.tooLong(40)] });
    expect(errors(unitSchema, { code: 'ab', name: '名'.repeat(40) })).toBeNull();
    expect(errors(unitSchema, { code: 'a b', name: '名称' })).toEqual({ code: [m.badCode] });
    expect(errors(unitSchema, { ...unit, wecomWebhook: 'ftp://x', dingtalkWebhook: 'https://a b' })).toEqual({
      wecomWebhook: [m.badWebhook],
      dingtalkWebhook: [m.badWebhook],
    });
    expect(errors(unitSchema, { ...unit, wecomWebhook: `https://${'a'.repeat(500)}` })).toEqual({ wecomWebhook: [m.tooLong(500)] });
    expect(unitSchema.parse({ ...unit, dingtalkWebhook: 'http://oapi.dingtalk.com/robot' }).dingtalkWebhook).toBe('http://oapi.dingtalk.com/robot');
  });

  it('an account: username 2–40 of letters, digits, _ . -; a display name; a role; a unit account names its unit', () => {
    expect(userCreateSchema.parse({ username: ' Li.Si-2 ', displayName: ' 李四 ', role: 'UNIT', unitId: '3' })).toEqual({
      username: 'Li.Si-2',
      displayName: '李四',
      role: 'UNIT',
      unitId: 3,
    });
    expect(userCreateSchema.parse({ username: 'ld', displayName: '领导', role: 'LEADER', unitId: '' })).toMatchObject({ role: 'LEADER', unitId: '' });
    expect(errors(userCreateSchema, { username: 'x', displayName: '', role: 'ROOT' })).toEqual({
      username: [m.badUsername],
      displayName: [m.required],
      role: [m.chooseRole],
    });
    expect(errors(userCreateSchema, { username: 'a'.repeat(41), displayName: '名'.repeat(41), role: 'SUPERVISOR' })).toEqual({
      username: [m.badUsername],
      displayName: [m.tooLong(40)],
    });
    expect(errors(userCreateSchema, { username: 'a'.repeat(40), displayName: '名'.repeat(40), role: 'SUPERVISOR' })).toBeNull();
    expect(errors(userCreateSchema, { username: 'li si', displayName: '李四', role: 'LEADER' })).toEqual({ username: [m.badUsername] });
    expect(errors(userCreateSchema, { username: 'lisi', displayName: '李四', role: 'UNIT', unitId: '' })).toEqual({ unitId: [m.chooseUnit] });
    expect(errors(userCreateSchema, { username: 'lisi', displayName: '李四', role: 'UNIT' })).toEqual({ unitId: [m.chooseUnit] });
    expect(errors(userCreateSchema, { username: 'lisi', displayName: '李四', role: 'UNIT', unitId: '-1' })).toHaveProperty('unitId');
  });

  it('a password change: the current one, a new one of at least 10 different from it, typed twice alike', () => {
    const ok = { current: 'old-password', next: 'a'.repeat(MIN_PASSWORD), confirm: 'a'.repeat(MIN_PASSWORD) };
    expect(changePasswordSchema.parse(ok)).toEqual(ok);
    expect(errors(changePasswordSchema, { current: '', next: 'short', confirm: '' })).toEqual({
      current: [m.required],
      next: [m.passwordTooShort(MIN_PASSWORD)],
      confirm: [m.required, m.passwordMismatch],
    });
    expect(errors(changePasswordSchema, { ...ok, next: 'a'.repeat(MIN_PASSWORD - 1), confirm: 'a'.repeat(MIN_PASSWORD - 1) })).toEqual({
      next: [m.passwordTooShort(MIN_PASSWORD)],
    });
    expect(errors(changePasswordSchema, { ...ok, next: 'p'.repeat(LIMITS.password + 1), confirm: 'p'.repeat(LIMITS.password + 1) })).toEqual({
      next: [m.tooLong(LIMITS.password)],
    });
    expect(errors(changePasswordSchema, { ...ok, current: 'c'.repeat(LIMITS.password + 1) })).toHaveProperty('current');
    expect(errors(changePasswordSchema, { ...ok, confirm: 'b'.repeat(MIN_PASSWORD) })).toEqual({ confirm: [m.passwordMismatch] });
    expect(errors(changePasswordSchema, { current: 'same-password', next: 'same-password', confirm: 'same-password' })).toEqual({ next: [m.passwordSame] });
  });
});

describe('plan years and plan edits', () => {
  it('a new year: empty or a copy of another; a year between 2000 and 2100; a title up to 100', () => {
    expect(createYearSchema.parse({ source: 'empty', year: '2024', title: ' 2024年 ' })).toEqual({ source: 'empty', year: 2024, title: '2024年' });
    expect(createYearSchema.parse({ source: 'copy', year: '2024', title: 't', from: '2023' })).toEqual({ source: 'copy', year: 2024, title: 't', from: 2023 });
    expect(errors(createYearSchema, { source: 'other', year: '2024', title: 't' })).toEqual({ source: [m.chooseSource] });
    for (const bad of ['1999', '2101', '2024.5', 'abc'])
      expect(errors(createYearSchema, { source: 'empty', year: bad, title: 't' }), bad).toEqual({ year: [m.badYear] });
    for (const fine of ['2000', '2100']) expect(errors(createYearSchema, { source: 'empty', year: fine, title: 't' }), fine).toBeNull();
    // A name left empty is the chosen year's own (the form suggests a year; the office may pick another).
    expect(createYearSchema.parse({ source: 'empty', year: '2026', title: ' ' }).title).toBe('盐田区2026年十件重点民生实事');
    expect(errors(createYearSchema, { source: 'empty', year: '2024', title: '题'.repeat(101) })).toEqual({ title: [m.tooLong(100)] });
    expect(errors(createYearSchema, { source: 'copy', year: '2024', title: 't', from: '' })).toEqual({ from: [m.badYear] });
  });

  it('an import: year, title, a default category; the file hash is 64 hex digits', () => {
    const ok = { year: '2025', title: '计划', defaultCategory: 'SERVICE' };
    expect(importSchema.parse(ok)).toEqual({ year: 2025, title: '计划', defaultCategory: 'SERVICE' });
    expect(confirmImportSchema.parse({ ...ok, excludeBlocked: 'on', sha256: 'a'.repeat(64) })).toEqual({
      year: 2025,
      title: '计划',
      defaultCategory: 'SERVICE',
      excludeBlocked: 'on',
      sha256: 'a'.repeat(64),
    });
    expect(errors(importSchema, { ...ok, defaultCategory: 'X' })).toEqual({ defaultCategory: [m.chooseCategory] });
    expect(errors(confirmImportSchema, { ...ok, sha256: 'A'.repeat(64) })).toHaveProperty('sha256');
    expect(errors(confirmImportSchema, { ...ok, sha256: 'a'.repeat(63) })).toHaveProperty('sha256');
    expect(errors(confirmImportSchema, ok)).toHaveProperty('sha256');
    expect(errors(confirmImportSchema, { ...ok, sha256: 'a'.repeat(64), excludeBlocked: 'yes' })).toHaveProperty('excludeBlocked');
  });

  it('a change reason: its kind (目标调整/计划调整) and a text up to 500', () => {
    expect(changeReasonSchema.parse({ reasonKind: 'TARGET', reason: ' 调整 ' })).toEqual({ reasonKind: 'TARGET', reason: '调整' });
    expect(errors(changeReasonSchema, { reason: '' })).toEqual({ reasonKind: [m.chooseReasonKind], reason: [m.required] });
    expect(errors(changeReasonSchema, { reasonKind: 'PLAN', reason: '由'.repeat(501) })).toEqual({ reason: [m.tooLong(500)] });
    expect(errors(changeReasonSchema, { reasonKind: 'PLAN', reason: '由'.repeat(500) })).toBeNull();
  });

  it('a task: content up to 1000, a month YYYY-MM, at least one unit, a version', () => {
    const ok = { content: '内容', deadlineMonth: '2024-12', unitIds: ['1', '2'], baseVersion: '0' };
    expect(taskEditSchema.parse(ok)).toEqual({ content: '内容', deadlineMonth: '2024-12', unitIds: [1, 2], leadOfficial: '', baseVersion: 0 });
    // 牵头区领导: optional, written as tables write it, at most 100 characters.
    expect(taskEditSchema.parse({ ...ok, leadOfficial: ' 张三，李四同志 ' }).leadOfficial).toBe('张三、李四');
    expect(errors(taskEditSchema, { ...ok, leadOfficial: '张'.repeat(101) })).toEqual({ leadOfficial: [m.tooLong(100)] });
    expect(errors(taskEditSchema, { ...ok, content: '', deadlineMonth: '2024-13', unitIds: [] })).toEqual({
      content: [m.required],
      deadlineMonth: [m.badMonth],
      unitIds: [m.chooseUnits],
    });
    for (const bad of ['2024-00', '2024-1', '24-01', '2024-12-01'])
      expect(errors(taskEditSchema, { ...ok, deadlineMonth: bad }), bad).toEqual({ deadlineMonth: [m.badMonth] });
    expect(errors(taskEditSchema, { ...ok, deadlineMonth: '2024-01' })).toBeNull();
    expect(errors(taskEditSchema, { ...ok, content: '字'.repeat(1001) })).toEqual({ content: [m.tooLong(1000)] });
    expect(errors(taskEditSchema, { ...ok, baseVersion: '-1' })).toHaveProperty('baseVersion');
    expect(errors(taskEditSchema, { ...ok, unitIds: ['0'] })).toHaveProperty(['unitIds.0']);
  });

  it('a milestone: period, a real date, text, an optional non-negative cumulative target', () => {
    const ok = { periodLabel: '9月', dueDate: '2024-09-30', text: '9月：完成', cumulativeTarget: ' 300 ', baseVersion: '2' };
    expect(milestoneEditSchema.parse(ok)).toEqual({ periodLabel: '9月', dueDate: '2024-09-30', text: '9月：完成', cumulativeTarget: 300, baseVersion: 2 });
    expect(milestoneEditSchema.parse({ ...ok, cumulativeTarget: '' }).cumulativeTarget).toBeNull();
    // Decimal notation only, within the limit (the probe's 0x10, 0b101 and 1e300 were read as numbers).
    for (const bad of ['0x10', '0b101', '1e300', '1e3', 'Infinity', '1,00', '.5', '5.'])
      expect(errors(milestoneEditSchema, { ...ok, cumulativeTarget: bad }), bad).toEqual({ cumulativeTarget: [m.notANumber] });
    // As the screens show figures, and as a full-width input method types them.
    expect(milestoneEditSchema.parse({ ...ok, cumulativeTarget: '1,000' }).cumulativeTarget).toBe(1000);
    expect(milestoneEditSchema.parse({ ...ok, cumulativeTarget: '１２００' }).cumulativeTarget).toBe(1200);
    expect(errors(milestoneEditSchema, { ...ok, cumulativeTarget: '1000000001' })).toEqual({ cumulativeTarget: [m.tooLarge] });
    expect(errors(milestoneEditSchema, { ...ok, cumulativeTarget: '-5' })).toEqual({ cumulativeTarget: [m.negative] });
    expect(milestoneEditSchema.parse({ ...ok, cumulativeTarget: '0' }).cumulativeTarget).toBe(0);
    expect(errors(milestoneEditSchema, { ...ok, periodLabel: '', dueDate: '', text: '' })).toEqual({
      periodLabel: [m.required],
      text: [m.required],
    });
    // A blank date is the period's, read where the plan year is known (the action: tests/integration/plan-edit.test.ts).
    expect(milestoneEditSchema.parse({ ...ok, dueDate: ' ' }).dueDate).toBe('');
    expect(errors(milestoneEditSchema, { ...ok, dueDate: '2024-02-30' })).toEqual({ dueDate: [m.badDate] });
    expect(errors(milestoneEditSchema, { ...ok, periodLabel: '月'.repeat(21), text: '字'.repeat(1001) })).toEqual({
      periodLabel: [m.tooLong(20)],
      text: [m.tooLong(1000)],
    });
    expect(errors(milestoneEditSchema, { ...ok, cumulativeTarget: 'abc' })).toEqual({ cumulativeTarget: [m.notANumber] });
    expect(errors(milestoneEditSchema, { ...ok, cumulativeTarget: 'Infinity' })).toEqual({ cumulativeTarget: [m.notANumber] });
    expect(errors(milestoneEditSchema, { ...ok, cumulativeTarget: '-1' })).toEqual({ cumulativeTarget: [m.negative] });
  });

  it('an indicator: name, unit of measure, direction, accrual, an optional target', () => {
    const ok = { name: '岗位', unitOfMeasure: '个', direction: 'AT_LEAST', accrual: 'EVEN', target: '3000', baseVersion: '1' };
    expect(indicatorEditSchema.parse(ok)).toEqual({ name: '岗位', unitOfMeasure: '个', direction: 'AT_LEAST', accrual: 'EVEN', target: 3000, baseVersion: 1 });
    expect(errors(indicatorEditSchema, { ...ok, name: '', direction: 'MORE', accrual: 'SOMETIMES' })).toEqual({
      name: [m.required],
      direction: [m.invalidInput],
      accrual: [m.invalidInput],
    });
    // A count is whole: 250.5 户 is refused; an amount may have decimals.
    expect(errors(indicatorEditSchema, { ...ok, unitOfMeasure: '户', target: '250.5' })).toEqual({ target: [m.wholeNumber] });
    expect(indicatorEditSchema.parse({ ...ok, unitOfMeasure: '万元', target: '250.5' }).target).toBe(250.5);
    expect(errors(indicatorEditSchema, { ...ok, target: '0x10' })).toEqual({ target: [m.notANumber] });
    expect(errors(indicatorEditSchema, { ...ok, name: '名'.repeat(101), unitOfMeasure: '单'.repeat(21) })).toEqual({
      name: [m.tooLong(100)],
      unitOfMeasure: [m.tooLong(20)],
    });
    for (const a of ['EVEN', 'MILESTONES', 'AT_COMPLETION', 'NONE']) expect(errors(indicatorEditSchema, { ...ok, accrual: a })).toBeNull();
    expect(errors(indicatorEditSchema, { ...ok, direction: 'EXACTLY', unitOfMeasure: '' })).toBeNull();
  });

  it('a project: title up to 200 and its category', () => {
    expect(projectEditSchema.parse({ title: ' 项目 ', category: 'ENGINEERING' })).toEqual({ title: '项目', category: 'ENGINEERING' });
    expect(errors(projectEditSchema, { title: '', category: 'OTHER' })).toEqual({ title: [m.required], category: [m.chooseCategory] });
    expect(errors(projectEditSchema, { title: '题'.repeat(201), category: 'SERVICE' })).toEqual({ title: [m.tooLong(200)] });
  });
});

describe('report periods and publication', () => {
  const today = '2024-08-15';
  it('上半年 ends 06-30 and 全年 12-31; a period not over by today is refused (no forecasts)', () => {
    expect(parseReportPeriod({ period: 'H1' }, 2024, today)).toEqual({ ok: true, period: { year: 2024, kind: 'H1', asOf: '2024-06-30' } });
    expect(parseReportPeriod({ period: 'FY' }, 2023, today)).toEqual({ ok: true, period: { year: 2023, kind: 'FY', asOf: '2023-12-31' } });
    expect(parseReportPeriod({ period: 'FY' }, 2024, today)).toEqual({ ok: false, errors: { period: [m.periodNotOver('2024-12-31')] } });
    expect(parseReportPeriod({ period: 'H1' }, 2024, '2024-06-30')).toMatchObject({ ok: true });
    expect(parseReportPeriod({ period: 'H1' }, 2024, '2024-06-29')).toMatchObject({ ok: false });
    expect(parseReportPeriod({ period: 'Q3' }, 2024, today)).toEqual({ ok: false, errors: { period: [m.choosePeriod] } });
    expect(parseReportPeriod({}, 2024, today)).toEqual({ ok: false, errors: { period: [m.choosePeriod] } });
  });
  it('a date: required, real, inside the year, not after today', () => {
    const at = (asOf?: string) => parseReportPeriod({ period: 'DATE', asOf }, 2024, today);
    expect(at(' 2024-08-15 ')).toEqual({ ok: true, period: { year: 2024, kind: 'DATE', asOf: '2024-08-15' } });
    expect(at(undefined)).toEqual({ ok: false, errors: { asOf: [m.required] } });
    expect(at('  ')).toEqual({ ok: false, errors: { asOf: [m.required] } });
    expect(at('2024-02-30')).toEqual({ ok: false, errors: { asOf: [m.badDate] } });
    expect(at('2023-12-31')).toEqual({ ok: false, errors: { asOf: [m.dateOutsideYear(2024)] } });
    expect(at('2024-08-16')).toEqual({ ok: false, errors: { asOf: [m.dateInFuture] } });
  });
  it('a correction names the snapshot it replaces and says why', () => {
    expect(publishSchema.parse({})).toEqual({});
    expect(publishSchema.parse({ replaces: '', note: '' })).toEqual({ replaces: '', note: '' });
    expect(publishSchema.parse({ replaces: '3', note: ' 更正任务6数据 ' })).toEqual({ replaces: 3, note: '更正任务6数据' });
    expect(errors(publishSchema, { replaces: '3', note: ' ' })).toEqual({ note: [m.correctionNeedsNote] });
    expect(errors(publishSchema, { replaces: '3' })).toEqual({ note: [m.correctionNeedsNote] });
    expect(errors(publishSchema, { note: '由'.repeat(LIMITS.noticeText + 1) })).toEqual({ note: [m.tooLong(LIMITS.noticeText)] });
    expect(errors(publishSchema, { replaces: '0', note: 'x' })).toHaveProperty('replaces');
  });
});

describe('the 督办 ledger filters from the URL', () => {
  it('keeps what it knows, ignores the rest (never an error page)', () => {
    expect(parseLedgerFilters({ status: 'ANSWERED', unit: 'mzj', level: 'CUIBAN', overdue: '1', year: '2023', page: '2' })).toEqual({
      status: 'ANSWERED',
      unit: 'mzj',
      level: 'CUIBAN',
      overdue: true,
      year: 2023,
      page: 2,
    });
    expect(parseLedgerFilters({ status: ['CLOSED', 'OPEN'], unit: ['jyj'] })).toMatchObject({ status: 'CLOSED', unit: 'jyj' });
    expect(parseLedgerFilters({ status: 'LOST', unit: 'DROP TABLE', level: 'x', overdue: 'yes', year: '1999', page: '0' })).toEqual({
      status: undefined,
      unit: undefined,
      level: undefined,
      overdue: false,
      year: undefined,
      page: undefined,
    });
    expect(parseLedgerFilters({ year: '2101', page: '10001' })).toMatchObject({ year: undefined, page: undefined });
    expect(parseLedgerFilters({ year: '2100', page: '10000', unit: 'a'.repeat(20) })).toMatchObject({ year: 2100, page: 10000, unit: 'a'.repeat(20) });
    expect(parseLedgerFilters({ unit: 'a'.repeat(21), status: '', year: '' })).toMatchObject({ unit: undefined, status: undefined, year: undefined });
    expect(parseLedgerFilters({})).toEqual({ status: undefined, unit: undefined, level: undefined, overdue: false, year: undefined, page: undefined });
  });
});

describe('the JSON column of an update (problems raised)', () => {
  it('stores nothing for an empty list, reads nothing back as empty, and round-trips a list', () => {
    expect(problemsColumn.encode([])).toBeNull();
    expect(problemsColumn.decode(null)).toEqual([]);
    expect(problemsColumn.decode('')).toEqual([]);
    const raised = [{ kind: 'PRELIMINARY' as const, text: '资金未到位', blocking: true }];
    expect(problemsColumn.decode(problemsColumn.encode(raised))).toEqual(raised);
  });
  it('refuses what does not have the shape (an unknown kind)', () => {
    expect(() => problemsColumn.decode('[{"kind":"FUNDING","text":"x","blocking":false}]')).toThrow();
  });
});
