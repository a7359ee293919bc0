// 领导批示: a leader's written instruction on a task. The office puts it into effect with a 督办 notice
// (转为督办) or marks it read when it needs none (已阅); until then it is pending (待落实). Pure rules.

export type InstructionState = { kind: 'pending' } | { kind: 'notice'; numberYear: number; number: number } | { kind: 'read'; by: string };

/** An instruction as stored: the notice that put it into effect, or who marked it read. */
export type InstructionFacts = {
  notice: { numberYear: number; number: number } | null;
  readBy: { displayName: string } | null;
};

/** Where an instruction stands: put into effect by a notice, read, or pending. A notice wins over a mark read. */
export function instructionState(i: InstructionFacts): InstructionState {
  if (i.notice) return { kind: 'notice', numberYear: i.notice.numberYear, number: i.notice.number };
  if (i.readBy) return { kind: 'read', by: i.readBy.displayName };
  return { kind: 'pending' };
}

/** Pending, as stored: no notice put it into effect, nobody marked it read (also the database's filter for it). */
export const PENDING_INSTRUCTION = { noticeId: null, readById: null } as const;

export const isPendingInstruction = (i: { noticeId: number | null; readById: number | null }): boolean =>
  i.noticeId === PENDING_INSTRUCTION.noticeId && i.readById === PENDING_INSTRUCTION.readById;

/**
 * Whether the leader `actorId` may withdraw an instruction (撤回): one of the leader's own, while it is
 * pending — once the office has put it into effect or marked it read, it stands (a notice may already
 * be with the units).
 */
export const isWithdrawable = (i: { authorId: number; noticeId: number | null; readById: number | null }, actorId: number): boolean =>
  i.authorId === actorId && isPendingInstruction(i);

/**
 * The office's worklist: pending instructions, the longest waiting first (then by task number), as
 * a queue is worked through.
 */
export function pendingInstructions<T extends { noticeId: number | null; readById: number | null; at: string; taskNumber: number; id: number }>(all: T[]): T[] {
  return all.filter(isPendingInstruction).sort((a, b) => a.at.localeCompare(b.at) || a.taskNumber - b.taskNumber || a.id - b.id);
}
