// 领导批示 as the screens show them: on a task page (every signed-in reader), the office's worklist of
// those pending (the 督办台账) and a unit's on its own tasks (我的任务). Never for visitors. Each is one
// read with its relations (six statements, however many rows; the lists of the newest ten a count more),
// kept with the snapshot it was read under (every write moves the data version).
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import { can, type Actor } from '@/lib/auth/policy';
import { getSession } from '@/lib/auth/session';
import { instructionState, pendingInstructions, PENDING_INSTRUCTION, wordsShownTo } from '@/lib/domain/instructions';
import { noticeStatusOf } from '@/lib/domain/notices';
import { keptWith } from './freeze';
import type { PlanSnapshot } from './plan';

const SELECT = {
  id: true, text: true, createdAt: true, noticeId: true, readById: true, authorId: true, withdrawnAt: true,
  author: { select: { displayName: true } },
  readBy: { select: { displayName: true } },
  notice: { select: { id: true, numberYear: true, number: true } },
  task: { select: { number: true, content: true, planYear: { select: { year: true } } } },
} satisfies Prisma.InstructionSelect;

type Row = Prisma.InstructionGetPayload<{ select: typeof SELECT }>;

const view = (i: Row) => ({
  id: i.id,
  text: i.text,
  at: i.createdAt.toISOString(),
  author: i.author.displayName,
  authorId: i.authorId,
  state: instructionState(i),
  noticeId: i.noticeId,
  readById: i.readById,
  withdrawnAt: i.withdrawnAt?.toISOString() ?? null,
  taskNumber: i.task.number,
  taskContent: i.task.content,
  year: i.task.planYear.year,
});

export type Instruction = ReturnType<typeof view>;

/** An instruction as a list shows it to its reader: a withdrawn one's words only for its leader and the office (null: withheld). */
export type ListedInstruction = Omit<Instruction, 'text'> & { text: string | null };

/** A reader as `wordsShownTo` asks: who, and whether they keep the record (the office, who reads the audit trail). */
export const instructionReader = (reader: Actor) => ({ id: reader.id, keepsRecord: can(reader, 'view_audit') });

type Worded = { authorId: number; withdrawnAt: Date | string | null; text: string };

/** What `reader` sees of each — a list's or the ledger's rows (kept or read for every reader; the words withheld per reader). */
const asSeenBy = <T extends Worded>(items: T[], reader: Actor): (Omit<T, 'text'> & { text: string | null })[] => {
  const me = instructionReader(reader);
  // The very list when nothing is withheld (a kept list stays the object it was).
  return items.every((i) => wordsShownTo(i, me)) ? items : items.map((i) => (wordsShownTo(i, me) ? i : { ...i, text: null }));
};

const read = (where: Prisma.InstructionWhereInput, order: 'asc' | 'desc', take?: number) =>
  prisma.instruction.findMany({ where, select: SELECT, orderBy: [{ createdAt: order }, { id: order }], ...(take ? { take } : {}) }).then((rows) => rows.map(view));

/** A task's instructions, newest first (a withdrawn one marked so, its words withheld from its units), for a signed-in reader (null for a visitor). */
export async function instructionsOfTask(taskId: number, snap: PlanSnapshot | null): Promise<ListedInstruction[] | null> {
  const actor = await getSession();
  if (!actor || !can(actor, 'view_pending')) return null;
  return asSeenBy(await keptWith(snap, `instructions ${taskId}`, () => read({ taskId }, 'desc')), actor);
}

/** The pending instructions on a plan year's tasks, the longest waiting first, for a signed-in reader (none for a visitor). */
export async function pendingInstructionsOf(snap: PlanSnapshot | null, year: number, unitCode?: string): Promise<Instruction[]> {
  if (!can(await getSession(), 'view_pending')) return [];
  return keptWith(snap, `pending instructions ${year} ${unitCode ?? ''}`, () =>
    read({ ...PENDING_INSTRUCTION, task: { planYear: { year }, ...(unitCode ? { units: { some: { unit: { code: unitCode } } } } : {}) } }, 'asc').then(
      pendingInstructions,
    ),
  );
}

/** How many of the newest a list shows until asked for all. */
const LATEST_INSTRUCTIONS = 10;

/** The newest instructions of a list, and how many it has: the newest ten unless asked for all. */
export type Latest = { items: ListedInstruction[]; total: number };

/** The newest first, and their count beside them (always: the statements of a screen do not grow with its data). */
async function latest(where: Prisma.InstructionWhereInput, all: boolean): Promise<{ items: Instruction[]; total: number }> {
  const [items, total] = await Promise.all([read(where, 'desc', all ? undefined : LATEST_INSTRUCTIONS), prisma.instruction.count({ where })]);
  return { items, total };
}

/** The latest instructions on a unit's tasks of a plan year, newest first (我的任务; a withdrawn one marked so, its words withheld), for a signed-in reader (none for a visitor). */
export async function instructionsForUnit(snap: PlanSnapshot | null, year: number, unitId: number, all = false): Promise<Latest> {
  const actor = await getSession();
  if (!actor || !can(actor, 'view_pending')) return { items: [], total: 0 };
  const kept = await keptWith(snap, `unit instructions ${year} ${unitId} ${all}`, () => latest({ task: { planYear: { year }, units: { some: { unitId } } } }, all));
  return { items: asSeenBy(kept.items, actor), total: kept.total };
}

/** A leader's own latest instructions of a plan year, newest first, with where each stands — withdrawn ones too (the 驾驶舱's 我的批示); null for anyone else. */
export async function myInstructions(snap: PlanSnapshot | null, year: number, all = false): Promise<Latest | null> {
  const actor = await getSession();
  if (!actor || !can(actor, 'give_instruction')) return null;
  return keptWith(snap, `my instructions ${year} ${actor.id} ${all}`, () => latest({ authorId: actor.id, task: { planYear: { year } } }, all));
}

const LEDGER_SELECT = {
  ...SELECT,
  readAt: true,
  notice: { select: { id: true, numberYear: true, number: true, recipients: { select: { status: true } } } },
  task: { select: { number: true, content: true, planYear: { select: { year: true } }, units: { select: { unit: { select: { name: true } } }, orderBy: { ord: 'asc' } } } },
} satisfies Prisma.InstructionSelect;

/**
 * 领导批示台账: every instruction of a plan year's tasks, the oldest first, with the task's units, where each
 * stands (and its notice's state, or when it was marked read) — the export the office files and reports
 * from. For signed-in readers; null for a visitor.
 */
export async function instructionLedger(year: number) {
  const actor = await getSession();
  if (!actor || !can(actor, 'view_pending')) return null;
  const rows = await prisma.instruction.findMany({ where: { task: { planYear: { year } } }, select: LEDGER_SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  // A withdrawn one's words for its leader and the office only (the ledger is theirs to file; a unit's export says it was withdrawn).
  return asSeenBy(
    rows.map((i) => ({
      ...view(i),
      units: i.task.units.map((u) => u.unit.name),
      noticeStatus: i.notice ? noticeStatusOf(i.notice.recipients.map((r) => r.status)) : null,
      readAt: i.readAt?.toISOString() ?? null,
    })),
    actor,
  );
}

export type InstructionLedgerRow = NonNullable<Awaited<ReturnType<typeof instructionLedger>>>[number];
