// Field names of the progress-update form, shared by the form (client) and the parser (server).
// Deliberately free of zod so the browser bundle does not carry the schema library.
import { PROBLEM_KINDS, type ProblemKind } from '@/lib/domain/problems';

export { PROBLEM_KINDS };

export const field = {
  value: (id: number) => `ind_${id}`,
  reason: (id: number) => `reason_${id}`,
  milestone: (id: number) => `ms_${id}`,
  milestoneDate: (id: number) => `msdate_${id}`,
  resolve: (id: number) => `resolve_${id}`,
  notice: (id: number) => `notice_${id}`,
  item: (id: number) => `item_${id}`,
};
export const DYNAMIC_FIELD = /^(ind|reason|ms|msdate|resolve|notice|item)_(\d+)$/;

/** What a stored update holds, in the shape the form's fields are rebuilt from. */
export type StoredUpdate = {
  asOf: string;
  narrative: string;
  nextSteps: string | null;
  problemsText: string | null;
  values: { indicatorId: number; value: number; reason: string | null }[];
  milestones: { milestoneId: number; reachedOn: string }[];
  newProblems: { kind: ProblemKind; text: string; blocking: boolean }[];
  resolveProblemIds: number[];
  completeItemIds: number[];
  completesTask: boolean;
  noticeAnswers: { id: number; answer: string }[];
};

/**
 * The form's field values for a stored update (a returned one handed back to fix): the texts and
 * figures, and also every tick — milestones with their dates, sub-items, problems resolved and the
 * problem raised — so nothing the unit reported is lost on resubmission.
 */
export function updateToFormValues(u: StoredUpdate): Record<string, string> {
  const out: Record<string, string> = {
    asOf: u.asOf,
    narrative: u.narrative,
    nextSteps: u.nextSteps ?? '',
    problemsText: u.problemsText ?? '',
  };
  for (const v of u.values) {
    out[field.value(v.indicatorId)] = String(v.value);
    if (v.reason) out[field.reason(v.indicatorId)] = v.reason;
  }
  for (const m of u.milestones) {
    out[field.milestone(m.milestoneId)] = 'on';
    out[field.milestoneDate(m.milestoneId)] = m.reachedOn;
  }
  for (const id of u.completeItemIds) out[field.item(id)] = 'on';
  for (const id of u.resolveProblemIds) out[field.resolve(id)] = 'on';
  for (const a of u.noticeAnswers) out[field.notice(a.id)] = a.answer;
  const raised = u.newProblems[0];
  if (raised) {
    out.newProblemKind = raised.kind;
    out.newProblemText = raised.text;
    if (raised.blocking) out.newProblemBlocking = 'on';
  }
  if (u.completesTask) out.completesTask = 'on';
  return out;
}
