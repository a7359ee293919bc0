import { describe, expect, it } from 'vitest';
import { instructionState, isPendingInstruction, isWithdrawable, pendingInstructions } from './instructions';

describe('领导批示: where an instruction stands', () => {
  it('pending until a notice puts it into effect, the office marks it read or its leader withdraws it; a notice wins', () => {
    const none = { notice: null, readBy: null, withdrawnAt: null };
    expect(instructionState(none)).toEqual({ kind: 'pending' });
    expect(instructionState({ ...none, notice: { numberYear: 2026, number: 7 } })).toEqual({ kind: 'notice', numberYear: 2026, number: 7 });
    expect(instructionState({ ...none, readBy: { displayName: '区督查室' } })).toEqual({ kind: 'read', by: '区督查室' });
    expect(instructionState({ ...none, notice: { numberYear: 2026, number: 7 }, readBy: { displayName: '区督查室' } })).toMatchObject({ kind: 'notice' });
    expect(instructionState({ ...none, withdrawnAt: new Date('2026-12-06T02:00:00.000Z') })).toEqual({ kind: 'withdrawn', at: '2026-12-06T02:00:00.000Z' });
  });
  it('撤回: its own leader, while pending; not once a notice put it into effect or the office read it', () => {
    const own = { authorId: 7, noticeId: null, readById: null, withdrawnAt: null };
    expect(isWithdrawable(own, 7)).toBe(true);
    expect(isWithdrawable(own, 8)).toBe(false);
    expect(isWithdrawable({ ...own, noticeId: 3 }, 7)).toBe(false);
    expect(isWithdrawable({ ...own, readById: 1 }, 7)).toBe(false);
    expect(isWithdrawable({ ...own, withdrawnAt: '2026-12-06T02:00:00.000Z' }, 7)).toBe(false); // once
  });
  it('the worklist: pending only, the longest waiting first, then by task number', () => {
    const at = (
      id: number,
      when: string,
      taskNumber: number,
      noticeId: number | null = null,
      readById: number | null = null,
      withdrawnAt: string | null = null,
    ) => ({
      id,
      at: when,
      taskNumber,
      noticeId,
      readById,
      withdrawnAt,
    });
    const list = pendingInstructions([
      at(1, '2026-12-03T02:00:00.000Z', 9),
      at(2, '2026-12-01T02:00:00.000Z', 3, 5),
      at(3, '2026-12-01T02:00:00.000Z', 12),
      at(4, '2026-12-02T02:00:00.000Z', 1, null, 8),
      at(5, '2026-12-01T02:00:00.000Z', 4),
      at(6, '2026-11-30T02:00:00.000Z', 2, null, null, '2026-12-01T02:00:00.000Z'), // withdrawn
    ]);
    expect(list.map((i) => i.id)).toEqual([5, 3, 1]);
    expect(isPendingInstruction({ noticeId: null, readById: null, withdrawnAt: null })).toBe(true);
    expect(isPendingInstruction({ noticeId: 1, readById: null, withdrawnAt: null })).toBe(false);
    expect(isPendingInstruction({ noticeId: null, readById: null, withdrawnAt: '2026-12-01T02:00:00.000Z' })).toBe(false);
  });
});
