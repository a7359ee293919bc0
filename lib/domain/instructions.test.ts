import { describe, expect, it } from 'vitest';
import { instructionState, isPendingInstruction, isWithdrawable, pendingInstructions } from './instructions';

describe('领导批示: where an instruction stands', () => {
  it('pending until a notice puts it into effect or the office marks it read; a notice wins', () => {
    expect(instructionState({ notice: null, readBy: null })).toEqual({ kind: 'pending' });
    expect(instructionState({ notice: { numberYear: 2026, number: 7 }, readBy: null })).toEqual({ kind: 'notice', numberYear: 2026, number: 7 });
    expect(instructionState({ notice: null, readBy: { displayName: '区督查室' } })).toEqual({ kind: 'read', by: '区督查室' });
    expect(instructionState({ notice: { numberYear: 2026, number: 7 }, readBy: { displayName: '区督查室' } })).toMatchObject({ kind: 'notice' });
  });
  it('撤回: its own leader, while pending; not once a notice put it into effect or the office read it', () => {
    expect(isWithdrawable({ authorId: 7, noticeId: null, readById: null }, 7)).toBe(true);
    expect(isWithdrawable({ authorId: 7, noticeId: null, readById: null }, 8)).toBe(false);
    expect(isWithdrawable({ authorId: 7, noticeId: 3, readById: null }, 7)).toBe(false);
    expect(isWithdrawable({ authorId: 7, noticeId: null, readById: 1 }, 7)).toBe(false);
  });
  it('the worklist: pending only, the longest waiting first, then by task number', () => {
    const at = (id: number, when: string, taskNumber: number, noticeId: number | null = null, readById: number | null = null) => ({
      id,
      at: when,
      taskNumber,
      noticeId,
      readById,
    });
    const list = pendingInstructions([
      at(1, '2026-12-03T02:00:00.000Z', 9),
      at(2, '2026-12-01T02:00:00.000Z', 3, 5),
      at(3, '2026-12-01T02:00:00.000Z', 12),
      at(4, '2026-12-02T02:00:00.000Z', 1, null, 8),
      at(5, '2026-12-01T02:00:00.000Z', 4),
    ]);
    expect(list.map((i) => i.id)).toEqual([5, 3, 1]);
    expect(isPendingInstruction({ noticeId: null, readById: null })).toBe(true);
    expect(isPendingInstruction({ noticeId: 1, readById: null })).toBe(false);
  });
});
