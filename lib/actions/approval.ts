// What approving a progress update does to its task, inside the review's transaction: the domain
// says which milestones are reached, which problems raised or resolved, which sub-items done and
// whether the task is complete (lib/domain/approval.ts); this writes it, with an audit event per
// problem. Not a server-action module: updates.ts calls it.
import 'server-only';
import type { writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { approvalEffects } from '@/lib/domain/approval';
import { dateOf, toIsoDate } from '@/lib/domain/dates';
import { problemsColumn } from '@/lib/validation/update-payload';

type Tx = Parameters<Parameters<typeof writeTransaction>[0]>[0];
const day = dateOf;

/** The update as the review read it. */
export type Approved = {
  id: number;
  taskId: number;
  asOf: Date;
  completesTask: boolean;
  newProblems: string | null;
  resolves: { problemId: number }[];
  completes: { itemId: number }[];
  milestones: { milestoneId: number; reachedOn: Date }[];
};

export async function applyApproval(tx: Tx, u: Approved, actorId: number): Promise<void> {
  const state = await tx.task.findUniqueOrThrow({
    where: { id: u.taskId },
    select: {
      completedOn: true,
      milestones: { select: { id: true, reachedOn: true } },
      problems: { select: { id: true, resolvedOn: true } },
      items: { select: { id: true, completedOn: true } },
    },
  });
  const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
  const effects = approvalEffects(
    {
      id: u.id,
      asOf: toIsoDate(u.asOf),
      completesTask: u.completesTask,
      milestones: u.milestones.map((x) => ({ milestoneId: x.milestoneId, reachedOn: toIsoDate(x.reachedOn) })),
      newProblems: problemsColumn.decode(u.newProblems),
      resolveProblemIds: u.resolves.map((x) => x.problemId),
      completeItemIds: u.completes.map((x) => x.itemId),
    },
    {
      completedOn: iso(state.completedOn),
      milestones: state.milestones.map((x) => ({ id: x.id, reachedOn: iso(x.reachedOn) })),
      problems: state.problems.map((x) => ({ id: x.id, resolvedOn: iso(x.resolvedOn) })),
      items: state.items.map((x) => ({ id: x.id, completedOn: iso(x.completedOn) })),
    },
  );
  for (const x of effects.reachMilestones) await tx.milestone.update({ where: { id: x.id }, data: { reachedOn: day(x.reachedOn) } });
  for (const p of effects.raiseProblems) {
    const created = await tx.problem.create({
      data: { taskId: u.taskId, key: p.key, kind: p.kind, text: p.text, blocking: p.blocking, raisedOn: day(p.raisedOn), raisedInUpdateId: u.id },
      select: { id: true },
    });
    await audit(tx, {
      actorId,
      action: 'problem.raised',
      entityType: 'Problem',
      entityId: created.id,
      taskId: u.taskId,
      after: { kind: p.kind, text: p.text, blocking: p.blocking },
    });
  }
  for (const p of effects.resolveProblems) {
    await tx.problem.update({ where: { id: p.id }, data: { resolvedOn: day(p.resolvedOn), resolvedInUpdateId: u.id } });
    await audit(tx, { actorId, action: 'problem.resolved', entityType: 'Problem', entityId: p.id, taskId: u.taskId, after: { resolvedOn: p.resolvedOn } });
  }
  if (effects.completeItems.length) {
    await tx.taskItem.updateMany({ where: { id: { in: effects.completeItems.map((x) => x.id) } }, data: { completedOn: u.asOf } });
  }
  if (effects.completeTaskOn) await tx.task.update({ where: { id: u.taskId }, data: { completedOn: day(effects.completeTaskOn) } });
}
