import { describe, expect, it } from 'vitest';
import { instructionState, isPendingInstruction, isWithdrawable, pendingInstructions, trailAsSeenBy, wordsShownTo } from './instructions';

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

  it("a withdrawn instruction's words: for its leader and the office (who keep the record); withheld from anyone else; a standing one's for all", () => {
    const withdrawn = { authorId: 7, withdrawnAt: '2026-12-01T02:00:00.000Z' };
    const standing = { authorId: 7, withdrawnAt: null };
    expect(wordsShownTo(withdrawn, { id: 7, keepsRecord: false })).toBe(true); // its leader
    expect(wordsShownTo(withdrawn, { id: 1, keepsRecord: true })).toBe(true); // the office
    expect(wordsShownTo(withdrawn, { id: 8, keepsRecord: false })).toBe(false); // a unit, another leader
    expect(wordsShownTo({ authorId: 7, withdrawnAt: new Date('2026-12-01T02:00:00Z') }, { id: 8, keepsRecord: false })).toBe(false);
    expect(wordsShownTo(standing, { id: 8, keepsRecord: false })).toBe(true);
  });

  it("a task's audit trail: a withdrawn instruction's events named by its words for its leader and the office only; a standing one's, and other events, as they are", () => {
    const ev = (id: number, action: string, entityType: string, entityId: string, actorId: number | null, entityName: string | null) => ({
      id,
      at: `2026-12-0${id}T02:00:00.000Z`,
      action,
      entityType,
      entityId,
      actorId,
      entityName,
      after: entityName && JSON.stringify({ text: entityName }),
    });
    const trail = [
      ev(4, 'instruction.withdrawn', 'Instruction', '1', 7, '误批'),
      ev(3, 'instruction.given', 'Instruction', '2', 7, '请加快'),
      ev(2, 'instruction.given', 'Instruction', '1', 7, '误批'),
      ev(1, 'update.approved', 'ProgressUpdate', '1', 1, null),
    ];
    const names = (reader: { id: number; keepsRecord: boolean }) => trailAsSeenBy(trail, reader).map((e) => [e.entityName, e.after]);
    expect(names({ id: 7, keepsRecord: false })).toEqual(trail.map((e) => [e.entityName, e.after])); // its leader
    expect(names({ id: 1, keepsRecord: true })).toEqual(trail.map((e) => [e.entityName, e.after])); // the office
    expect(trailAsSeenBy(trail, { id: 7, keepsRecord: false })).toBe(trail); // nothing withheld: the very list (kept lists stay kept)
    expect(names({ id: 9, keepsRecord: false })).toEqual([
      [null, null],
      ['请加快', JSON.stringify({ text: '请加快' })],
      [null, null],
      [null, null],
    ]);
  });
});
