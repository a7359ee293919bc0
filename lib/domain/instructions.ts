// 领导批示: a leader's written instruction on a task. The office puts it into effect with a 督办 notice
// (转为督办) or marks it read when it needs none (已阅); until then it is pending (待落实) and its leader may
// withdraw it (已撤回: kept for the record, no longer asked of anyone; its words for its leader and the office). Pure rules.

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

/**
 * Whether a reader sees an instruction's words. A withdrawn one's are kept for the record — for its leader
 * (我的批示) and the office (the 领导批示台账, the audit trail); anyone else — the task's units, other
 * leaders — sees only that it was given and withdrawn, as a message recalled in a chat: asked of nobody,
 * and not gone without a word from where it was read.
 */
export const wordsShownTo = (i: { authorId: number; withdrawnAt: Date | string | null }, reader: { id: number; keepsRecord: boolean }): boolean =>
  i.withdrawnAt === null || i.authorId === reader.id || reader.keepsRecord;

/** An audit event as a task's trail lists it: what it is about, who did it, the words it names the instruction by. */
type TrailEvent = { at: string; action: string; entityType: string; entityId: string; actorId: number | null; entityName: string | null; after: string | null };

/**
 * A task's audit trail as `reader` sees it: the events of a withdrawn instruction (given, withdrawn) named by
 * its words only where `wordsShownTo` says so — else by its number, as an event about a thing without a name.
 * Withdrawn: the trail holds its 撤回 event, which only its leader can take (so its actor is the author).
 */
export function trailAsSeenBy<E extends TrailEvent>(events: E[], reader: { id: number; keepsRecord: boolean }): E[] {
  const withdrawn = new Map(
    events
      .filter((e) => e.entityType === 'Instruction' && e.action === 'instruction.withdrawn')
      .map((e) => [e.entityId, { authorId: e.actorId ?? -1, withdrawnAt: e.at }]),
  );
  const withheld = (e: E) => {
    const w = e.entityType === 'Instruction' ? withdrawn.get(e.entityId) : undefined;
    return !!w && !wordsShownTo(w, reader);
  };
  // The very list when nothing is withheld (a kept list stays the object it was).
  return events.some(withheld) ? events.map((e) => (withheld(e) ? { ...e, entityName: null, after: null } : e)) : events;
}

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
