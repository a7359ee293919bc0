// Reminders that reach people (提醒): what to remind each unit of on a day.
//   临近提醒 (DUE_SOON)  a milestone not reached, a task deadline, or an open notice due within
//                        `remindDaysBefore` days (due today counts);
//   到期催办 (OVERDUE)   the same once past due and still not done;
//   未报送 (NOT_REPORTED) an unfinished task of the unit with nothing reported (approved or waiting)
//                        for more than `staleDays` days (counted from 1 January when never).
// One reminder per subject, rule, unit and day: the key makes queuing idempotent.
import { addDays, daysBetween, monthEnd, yearStart, type IsoDate } from './dates';
import { milestoneState } from './milestones';

export type ReminderRule = 'DUE_SOON' | 'OVERDUE' | 'NOT_REPORTED';
export type ReminderSubject =
  | { type: 'milestone'; id: number; label: string; text: string; dueDate: IsoDate }
  | { type: 'deadline'; id: number; dueDate: IsoDate }
  | { type: 'notice'; id: number; numberYear: number; number: number; dueDate: IsoDate }
  | { type: 'report'; id: number; lastReported: IsoDate | null; days: number };

export type ReminderDraft = { key: string; day: IsoDate; rule: ReminderRule; unitId: number; taskNumber: number; planYear: number; subject: ReminderSubject };

export type ReminderTask = {
  id: number;
  number: number;
  planYear: number;
  deadlineMonth: string;
  completedOn: IsoDate | null;
  unitIds: number[];
  milestones: { id: number; periodLabel: string; text: string; dueDate: IsoDate; reachedOn: IsoDate | null }[];
  /** The latest progress the task's units reported (approved or waiting for review). */
  lastReported: IsoDate | null;
};
export type ReminderNotice = {
  id: number;
  /** The year it is numbered in: 督办〔numberYear〕第number号 (the year it was issued; `planYear` is its task's). */
  numberYear: number;
  number: number;
  taskNumber: number;
  planYear: number;
  dueDate: IsoDate;
  open: boolean;
  recipientIds: number[];
};

const keyOf = (rule: ReminderRule, s: ReminderSubject, unitId: number, day: IsoDate) => `${rule}:${s.type}:${s.id}:${unitId}:${day}`;

function timing(dueDate: IsoDate, today: IsoDate, before: number): ReminderRule | null {
  if (dueDate < today) return 'OVERDUE';
  return dueDate <= addDays(today, before) ? 'DUE_SOON' : null;
}

export function remindersFor(
  input: { tasks: ReminderTask[]; notices: ReminderNotice[] },
  today: IsoDate,
  settings: { remindDaysBefore: number; staleDays: number },
): ReminderDraft[] {
  const out: ReminderDraft[] = [];
  const push = (rule: ReminderRule, subject: ReminderSubject, unitIds: number[], t: { number: number; planYear: number }) => {
    for (const unitId of unitIds)
      out.push({ key: keyOf(rule, subject, unitId, today), day: today, rule, unitId, taskNumber: t.number, planYear: t.planYear, subject });
  };
  for (const t of input.tasks) {
    if (t.completedOn !== null && t.completedOn <= today) continue;
    if (today < yearStart(t.planYear)) continue; // a plan not started yet reminds no one
    for (const m of t.milestones) {
      if (milestoneState(m, today) === 'reached') continue;
      const rule = timing(m.dueDate, today, settings.remindDaysBefore);
      if (rule) push(rule, { type: 'milestone', id: m.id, label: m.periodLabel, text: m.text, dueDate: m.dueDate }, t.unitIds, t);
    }
    const deadline = monthEnd(t.deadlineMonth);
    const rule = timing(deadline, today, settings.remindDaysBefore);
    if (rule) push(rule, { type: 'deadline', id: t.id, dueDate: deadline }, t.unitIds, t);
    const since = t.lastReported ?? yearStart(t.planYear);
    const days = daysBetween(since, today);
    if (days > settings.staleDays) push('NOT_REPORTED', { type: 'report', id: t.id, lastReported: t.lastReported, days }, t.unitIds, t);
  }
  for (const n of input.notices) {
    if (!n.open) continue;
    const rule = timing(n.dueDate, today, settings.remindDaysBefore);
    if (rule)
      push(rule, { type: 'notice', id: n.id, numberYear: n.numberYear, number: n.number, dueDate: n.dueDate }, n.recipientIds, {
        number: n.taskNumber,
        planYear: n.planYear,
      });
  }
  return out;
}

/** Retry schedule of an outbox delivery: 1, 2, 4 … minutes after each failed attempt, at most an hour; gives up after `MAX_ATTEMPTS`. */
export const MAX_ATTEMPTS = 10;
export const backoffMs = (attempts: number): number => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/**
 * What a robot's refusal means, from the error the outbox keeps: 钉钉 errcode 310000 — its security
 * setting (加签 secret, 自定义关键词, IP allowlist) refused the message; 企业微信 errcode 93000 — the
 * webhook address is wrong or the robot was removed; a network error or a 5xx — not reached this time.
 */
export type DeliveryProblem = 'security' | 'address' | 'unreachable' | 'other';
export function deliveryProblem(error: string): DeliveryProblem {
  if (/^errcode 310000\b/.test(error)) return 'security';
  if (/^errcode 93000\b/.test(error)) return 'address';
  if (/^network error|^HTTP 5/.test(error)) return 'unreachable';
  return 'other';
}
