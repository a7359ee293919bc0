// The plan forms' schemas, field by field: what each accepts (trimmed), what it refuses and with
// which message. (One check per error branch of every form is forms.test.ts; these pin the values.)
import { describe, expect, it } from 'vitest';
import { m } from '@/lib/i18n/messages';
import { createYearSchema, confirmImportSchema, importSchema, indicatorEditSchema, itemSchema, milestoneEditSchema, taskEditSchema } from './plan';
import { parseLedgerFilters } from './notices';

const ok = <T>(r: { success: boolean; data?: T }) => {
  expect(r.success).toBe(true);
  return r.data!;
};
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('creating a year', () => {
  it('empty: year and title kept (trimmed); copy: the year copied from too', () => {
    expect(ok(createYearSchema.safeParse({ source: 'empty', year: '2024', title: ' 2024年民生实事 ' }))).toEqual({
      source: 'empty',
      year: 2024,
      title: '2024年民生实事',
    });
    expect(ok(createYearSchema.safeParse({ source: 'copy', year: '2024', title: 't', from: '2023' }))).toEqual({
      source: 'copy',
      year: 2024,
      title: 't',
      from: 2023,
    });
  });
  it('refused: no source, a copy without the year it copies, no year; a name left empty is the chosen year’s', () => {
    expect(messages(createYearSchema.safeParse({ year: '2024', title: 't' }))).toEqual({ source: m.chooseSource });
    expect(messages(createYearSchema.safeParse({ source: 'copy', year: '2024', title: 't' }))).toEqual({ from: m.badYear });
    expect(createYearSchema.parse({ source: 'empty', year: '2024', title: ' ' }).title).toBe('盐田区2024年十件重点民生实事');
    expect(createYearSchema.parse({ source: 'copy', year: '2031', from: '2030' }).title).toBe('盐田区2031年十件重点民生实事');
    expect(importSchema.parse({ year: '2033', title: '', defaultCategory: 'SERVICE' }).title).toBe('盐田区2033年十件重点民生实事');
    expect(confirmImportSchema.parse({ year: '2033', defaultCategory: 'SERVICE', sha256: 'a'.repeat(64), allSheets: 'on' })).toMatchObject({
      title: '盐田区2033年十件重点民生实事',
      allSheets: 'on',
    });
    expect(messages(createYearSchema.safeParse({ source: 'empty', title: 't' }))).toEqual({ year: m.badYear });
  });
});

describe('importing', () => {
  const base = { year: '2025', title: 't', defaultCategory: 'ENGINEERING' };
  it('either category; confirming needs the previewed file hash: 64 hex digits, nothing around it, never missing', () => {
    expect(ok(importSchema.safeParse(base)).defaultCategory).toBe('ENGINEERING');
    expect(ok(confirmImportSchema.safeParse({ ...base, defaultCategory: 'SERVICE', sha256: 'a'.repeat(64) })).sha256).toBe('a'.repeat(64));
    expect(confirmImportSchema.safeParse({ ...base, sha256: `x${'a'.repeat(64)}` }).success).toBe(false);
    expect(confirmImportSchema.safeParse({ ...base, sha256: `${'a'.repeat(64)}x` }).success).toBe(false);
    // A confirmation without the hash (the probe's planted bug: an optional hash let it through).
    expect(messages(confirmImportSchema.safeParse(base))).toEqual({ sha256: m.importChanged });
    expect(messages(importSchema.safeParse({ ...base, defaultCategory: '' }))).toEqual({ defaultCategory: m.chooseCategory });
  });
});

describe('plan edits', () => {
  it('a task: content and month trimmed; a month must be YYYY-MM and nothing else', () => {
    expect(ok(taskEditSchema.safeParse({ content: '  修路  ', deadlineMonth: ' 2023-12 ', unitIds: ['3'], baseVersion: '1' }))).toEqual({
      content: '修路',
      deadlineMonth: '2023-12',
      unitIds: [3],
      leadOfficial: '',
      baseVersion: 1,
    });
    for (const month of ['x2023-12', '2023-123', '2023-13', '2023-00', '2023-1']) {
      expect(messages(taskEditSchema.safeParse({ content: 'a', deadlineMonth: month, unitIds: ['3'], baseVersion: '1' })), month).toEqual({
        deadlineMonth: m.badMonth,
      });
    }
  });
  it('a milestone: period, date and text trimmed; a target is a number ≥ 0, blank for none', () => {
    const base = { periodLabel: ' 8月 ', dueDate: ' 2023-08-31 ', text: ' 8月：完成 ', cumulativeTarget: ' 12.5 ', baseVersion: '2' };
    expect(ok(milestoneEditSchema.safeParse(base))).toEqual({
      periodLabel: '8月',
      dueDate: '2023-08-31',
      text: '8月：完成',
      cumulativeTarget: 12.5,
      baseVersion: 2,
    });
    expect(ok(milestoneEditSchema.safeParse({ ...base, cumulativeTarget: '  ' })).cumulativeTarget).toBeNull();
    expect(messages(milestoneEditSchema.safeParse({ ...base, cumulativeTarget: '三百' }))).toEqual({ cumulativeTarget: m.notANumber });
    expect(messages(milestoneEditSchema.safeParse({ ...base, cumulativeTarget: '-1' }))).toEqual({ cumulativeTarget: m.negative });
    expect(ok(milestoneEditSchema.safeParse({ ...base, cumulativeTarget: '0' })).cumulativeTarget).toBe(0);
  });
  it('an indicator: name and unit trimmed; a blank unit allowed', () => {
    const base = { name: ' 加装电梯 ', unitOfMeasure: ' 台 ', direction: 'EXACTLY', accrual: 'MILESTONES', target: '', baseVersion: '0' };
    expect(ok(indicatorEditSchema.safeParse(base))).toEqual({
      name: '加装电梯',
      unitOfMeasure: '台',
      direction: 'EXACTLY',
      accrual: 'MILESTONES',
      target: null,
      baseVersion: 0,
    });
    expect(ok(indicatorEditSchema.safeParse({ ...base, unitOfMeasure: '' })).unitOfMeasure).toBe('');
  });
  it('a sub-item: name required (≤ 200), note optional (≤ 500; blank is none)', () => {
    expect(ok(itemSchema.safeParse({ name: ' 东海道 ', note: ' ', baseVersion: '1' }))).toEqual({ name: '东海道', note: null, baseVersion: 1 });
    expect(ok(itemSchema.safeParse({ name: 'a', note: ' 备注 ', baseVersion: '1' })).note).toBe('备注');
    expect(messages(itemSchema.safeParse({ name: ' ', note: '', baseVersion: '1' }))).toEqual({ name: m.required });
    expect(messages(itemSchema.safeParse({ name: 'a'.repeat(201), note: 'b'.repeat(501), baseVersion: '1' }))).toEqual({
      name: m.tooLong(200),
      note: m.tooLong(500),
    });
  });
});

describe('the 督办 ledger filters', () => {
  it('every status and level is understood', () => {
    for (const status of ['OPEN', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'CLOSED']) expect(parseLedgerFilters({ status }).status).toBe(status);
    for (const level of ['DUBAN', 'CUIBAN', 'YUETAN']) expect(parseLedgerFilters({ level }).level).toBe(level);
  });
});
