import { describe, expect, it } from 'vitest';
import {
  availableSteps,
  isNoticeOverdue,
  isOpenNotice,
  nextNoticeNumber,
  noticeNumberYear,
  raiseLevel,
  takeStep,
  unchasedLagging,
  type NoticeStatus,
} from './notices';

const n = (status: NoticeStatus, dueDate = '2023-09-30') => ({ status, level: 'DUBAN' as const, dueDate });

describe('督办 lifecycle', () => {
  it('已交办 → 已签收 → 已反馈 → 已办结', () => {
    expect(takeStep(n('OPEN'), 'acknowledge', '2023-09-01')).toEqual({ ok: true, status: 'ACKNOWLEDGED', level: 'DUBAN' });
    expect(takeStep(n('ACKNOWLEDGED'), 'answer', '2023-09-01')).toMatchObject({ status: 'ANSWERED' });
    expect(takeStep(n('ANSWERED'), 'close', '2023-09-01')).toMatchObject({ status: 'CLOSED' });
  });
  it('an answer may come without acknowledging first, and again after 退回重办', () => {
    expect(takeStep(n('OPEN'), 'answer', '2023-09-01')).toMatchObject({ status: 'ANSWERED' });
    expect(takeStep(n('ANSWERED'), 'return', '2023-09-01')).toMatchObject({ status: 'RETURNED' });
    expect(takeStep(n('RETURNED'), 'answer', '2023-09-01')).toMatchObject({ status: 'ANSWERED' });
  });
  it('no step out of order: a closed notice is final; an open one cannot be closed or returned', () => {
    for (const step of ['acknowledge', 'answer', 'return', 'close', 'urge'] as const)
      expect(takeStep(n('CLOSED'), step, '2023-12-01')).toEqual({ ok: false, refusal: 'wrong_state' });
    expect(takeStep(n('OPEN'), 'close', '2023-09-01')).toEqual({ ok: false, refusal: 'wrong_state' });
    expect(takeStep(n('ACKNOWLEDGED'), 'acknowledge', '2023-09-01')).toEqual({ ok: false, refusal: 'wrong_state' });
    expect(takeStep(n('OPEN'), 'return', '2023-09-01')).toEqual({ ok: false, refusal: 'wrong_state' });
  });
  it('催办 only once the 限办日期 has passed (the day after), raising the level up to 约谈', () => {
    expect(takeStep(n('OPEN'), 'urge', '2023-09-30')).toEqual({ ok: false, refusal: 'not_overdue' });
    expect(takeStep(n('OPEN'), 'urge', '2023-10-01')).toEqual({ ok: true, status: 'OPEN', level: 'CUIBAN' });
    expect(takeStep(n('ANSWERED'), 'urge', '2023-10-01')).toEqual({ ok: false, refusal: 'wrong_state' });
    expect([raiseLevel('DUBAN'), raiseLevel('CUIBAN'), raiseLevel('YUETAN')]).toEqual(['CUIBAN', 'YUETAN', 'YUETAN']);
  });
  it('open and overdue: waiting on the unit after the due date', () => {
    expect((['OPEN', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'CLOSED'] as const).map(isOpenNotice)).toEqual([true, true, false, true, false]);
    expect(isNoticeOverdue(n('RETURNED'), '2023-10-01')).toBe(true);
    expect(isNoticeOverdue(n('ANSWERED'), '2023-10-01')).toBe(false);
    expect(isNoticeOverdue(n('OPEN'), '2023-09-30')).toBe(false);
  });
  it('the buttons each side sees', () => {
    expect(availableSteps(n('OPEN'), 'unit', '2023-09-01')).toEqual(['acknowledge', 'answer']);
    expect(availableSteps(n('OPEN'), 'office', '2023-10-01')).toEqual(['urge']);
    expect(availableSteps(n('ANSWERED'), 'office', '2023-10-01')).toEqual(['return', 'close']);
    expect(availableSteps(n('ANSWERED'), 'unit', '2023-10-01')).toEqual([]);
  });
  it('numbers are per year, one after the highest', () => {
    expect(nextNoticeNumber([])).toBe(1);
    expect(nextNoticeNumber([1, 2, 5])).toBe(6);
    // Numbered in the year of issue (China time), whatever the task's plan year: 01-05 of 2024 is 2024's.
    expect(['2023-12-31', '2024-01-05', '2024-12-31'].map(noticeNumberYear)).toEqual([2023, 2024, 2024]);
  });
});

describe('a notice to several units: its state is the composition of their parts', () => {
  it.each([
    [['CLOSED', 'CLOSED'], 'CLOSED'],
    [['ANSWERED', 'CLOSED'], 'ANSWERED'],
    [['ANSWERED', 'OPEN'], 'OPEN'],
    [['ACKNOWLEDGED', 'ANSWERED'], 'ACKNOWLEDGED'],
    [['RETURNED', 'ACKNOWLEDGED'], 'RETURNED'],
    [['OPEN', 'RETURNED', 'CLOSED'], 'OPEN'],
    [['ANSWERED'], 'ANSWERED'],
    [[], 'OPEN'],
  ] as const)('%j → %s', async (parts, status) => {
    const { noticeStatusOf } = await import('./notices');
    expect(noticeStatusOf([...parts])).toBe(status);
  });
});

describe('滞后未督办: lagging tasks no notice is chasing', () => {
  const row = (number: number, status: 'lagging' | 'at_risk' | 'on_track' | 'completed') => ({ task: { number }, status: { status } });
  it('lagging tasks without a notice in progress, in task order; at risk, on track and completed are not listed', () => {
    const rows = [row(3, 'lagging'), row(1, 'lagging'), row(2, 'at_risk'), row(4, 'on_track'), row(5, 'completed'), row(6, 'lagging')];
    expect(unchasedLagging(rows, new Set([6])).map((r) => r.task.number)).toEqual([1, 3]);
  });
  it('nothing when every lagging task is chased, or none lags', () => {
    expect(unchasedLagging([row(1, 'lagging')], new Set([1]))).toEqual([]);
    expect(unchasedLagging([row(1, 'on_track')], new Set())).toEqual([]);
  });
});
