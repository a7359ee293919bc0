// What approving a progress update changes on its task: milestones reached, problems raised and
// resolved, sub-items and the task completed. Pure: the action reads the task's state, asks this
// function, and writes exactly what it returns. Nothing reported earlier is undone, and nothing
// already done is re-dated.
import type { IsoDate } from './dates';
import type { ProblemKind } from './problems';

export type ApprovedUpdate = {
  id: number;
  asOf: IsoDate;
  milestones: { milestoneId: number; reachedOn: IsoDate }[];
  newProblems: { kind: ProblemKind; text: string; blocking: boolean }[];
  resolveProblemIds: number[];
  completeItemIds: number[];
  completesTask: boolean;
};

export type TaskState = {
  completedOn: IsoDate | null;
  milestones: { id: number; reachedOn: IsoDate | null }[];
  problems: { id: number; resolvedOn: IsoDate | null }[];
  items: { id: number; completedOn: IsoDate | null }[];
};

export type ApprovalEffects = {
  reachMilestones: { id: number; reachedOn: IsoDate }[];
  raiseProblems: { key: string; kind: ProblemKind; text: string; blocking: boolean; raisedOn: IsoDate }[];
  resolveProblems: { id: number; resolvedOn: IsoDate }[];
  completeItems: { id: number; completedOn: IsoDate }[];
  completeTaskOn: IsoDate | null;
};

export function approvalEffects(u: ApprovedUpdate, task: TaskState): ApprovalEffects {
  const openMilestones = new Set(task.milestones.filter((m) => m.reachedOn === null).map((m) => m.id));
  const openProblems = new Set(task.problems.filter((p) => p.resolvedOn === null).map((p) => p.id));
  const openItems = new Set(task.items.filter((i) => i.completedOn === null).map((i) => i.id));
  return {
    reachMilestones: u.milestones.filter((m) => openMilestones.has(m.milestoneId)).map((m) => ({ id: m.milestoneId, reachedOn: m.reachedOn })),
    raiseProblems: u.newProblems.map((p, i) => ({ key: `u${u.id}-${i + 1}`, ...p, raisedOn: u.asOf })),
    resolveProblems: [...new Set(u.resolveProblemIds)].filter((id) => openProblems.has(id)).map((id) => ({ id, resolvedOn: u.asOf })),
    completeItems: [...new Set(u.completeItemIds)].filter((id) => openItems.has(id)).map((id) => ({ id, completedOn: u.asOf })),
    completeTaskOn: u.completesTask && task.completedOn === null ? u.asOf : null,
  };
}
