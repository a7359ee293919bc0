// 领导批示: a leader's written instruction on a task. The office puts it into effect with a 督办 notice
// (转为督办) or marks it read when it needs none (已阅); until then it is pending (待落实) and its leader may
// withdraw it (已撤回: kept for the record, no longer asked of anyone). Pure rules.

export type InstructionState =
  { kind: 'pending' } | { kind: 'notice'; numberYear: number; number: number } | { kind: 'read'; by: string } | { kind: 'withdrawn'; at: string };

/** An instruction as stored: the notice that put it into effect, who marked it read, or when its leader withdrew it. */
export type InstructionFacts = {
  notice: { numberYear: number; number: number } | null;
  readBy: { displayName: string } | null;
  withdrawnAt: Date | null;
};

/**
 * Where an instruction stands: put into effect by a notice, read, withdrawn, or pending. A notice wins over a
 * mark read; neither is given to a withdrawn one (only a pending one is withdrawn, and a withdrawn one is not pending).
 */
export function instructionState(i: InstructionFacts): InstructionState {
  if (i.notice) return { kind: 'notice', numberYear: i.notice.numberYear, number: i.notice.number };
  if (i.readBy) return { kind: 'read', by: i.readBy.displayName };
  if (i.withdrawnAt) return { kind: 'withdrawn', at: i.withdrawnAt.toISOString() };
  return { kind: 'pending' };
}

/**
 * Pending, as stored: no notice put it into effect, nobody marked it read, its leader has not withdrawn it (also
 * the database's filter for it).
 */
export const PENDING_INSTRUCTION = { noticeId: null, readById: null, withdrawnAt: null } as const;

/** Standing, as stored: not withdrawn — what the task page and the units' lists show (also the database's filter). */
export const STANDING_INSTRUCTION = { withdrawnAt: null } as const;

type Stored = { noticeId: number | null; readById: number | null; withdrawnAt: Date | string | null };

export const isPendingInstruction = (i: Stored): boolean =>
  i.noticeId === PENDING_INSTRUCTION.noticeId && i.readById === PENDING_INSTRUCTION.readById && i.withdrawnAt === PENDING_INSTRUCTION.withdrawnAt;

/**
 * Whether the leader `actorId` may withdraw an instruction (撤回): one of the leader's own, while it is
 * pending — once the office has put it into effect or marked it read, it stands (a notice may already
 * be with the units).
 */
export const isWithdrawable = (i: Stored & { authorId: number }, actorId: number): boolean => i.authorId === actorId && isPendingInstruction(i);

/**
 * The office's worklist: pending instructions, the longest waiting first (then by task number), as
 * a queue is worked through.
 */
export function pendingInstructions<T extends Stored & { at: string; taskNumber: number; id: number }>(all: T[]): T[] {
  return all.filter(isPendingInstruction).sort((a, b) => a.at.localeCompare(b.at) || a.taskNumber - b.taskNumber || a.id - b.id);
}
