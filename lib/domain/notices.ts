// 督办件: the closed loop a supervision office runs — 已交办 → 已签收 → 已反馈 → 已办结, or 退回重办
// back to the unit — for each addressed unit's part on its own; 催办 on an overdue notice raises its
// level (督办 → 催办 → 约谈). Who may take which step, and what the step leads to, as data; the
// actions only write it.
import type { IsoDate } from './dates';
import type { Status } from './status';

export type NoticeStatus = 'OPEN' | 'ACKNOWLEDGED' | 'ANSWERED' | 'RETURNED' | 'CLOSED';
export type NoticeLevel = 'DUBAN' | 'CUIBAN' | 'YUETAN';
/** The 督办台账's filters (from the URL; see lib/validation/notices.ts). */
export type LedgerFilters = { status?: NoticeStatus; unit?: string; level?: NoticeLevel; overdue?: boolean; year?: number; page?: number };
export type NoticeStep = 'acknowledge' | 'answer' | 'return' | 'close' | 'urge';
export const NOTICE_STATUSES: NoticeStatus[] = ['OPEN', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'CLOSED'];
export const NOTICE_LEVELS: NoticeLevel[] = ['DUBAN', 'CUIBAN', 'YUETAN'];

/** Waiting on the unit: issued, acknowledged, or returned for more work. */
export const isOpenNotice = (s: NoticeStatus): boolean => s === 'OPEN' || s === 'ACKNOWLEDGED' || s === 'RETURNED';
export const OPEN_STATUSES: NoticeStatus[] = NOTICE_STATUSES.filter(isOpenNotice);
/** A notice still chasing its task: every state but 已办结 (one answered waits on the office). */
export const NOT_CLOSED: NoticeStatus[] = NOTICE_STATUSES.filter((s) => s !== 'CLOSED');

/** Which side takes a step: the unit a notice went to, or the supervision office. */
export const STEP_BY: Record<NoticeStep, 'unit' | 'office'> = { acknowledge: 'unit', answer: 'unit', return: 'office', close: 'office', urge: 'office' };

const FROM: Record<NoticeStep, NoticeStatus[]> = {
  acknowledge: ['OPEN'],
  answer: ['OPEN', 'ACKNOWLEDGED', 'RETURNED'],
  return: ['ANSWERED'],
  close: ['ANSWERED'],
  urge: ['OPEN', 'ACKNOWLEDGED', 'RETURNED'],
};
const TO: Record<Exclude<NoticeStep, 'urge'>, NoticeStatus> = { acknowledge: 'ACKNOWLEDGED', answer: 'ANSWERED', return: 'RETURNED', close: 'CLOSED' };

/** A notice is overdue when it still waits on the unit after its 限办日期. */
export const isNoticeOverdue = (n: { status: NoticeStatus; dueDate: IsoDate }, asOf: IsoDate): boolean => isOpenNotice(n.status) && n.dueDate < asOf;

/** The next level of a 催办 (督办 → 催办 → 约谈; 约谈 stays 约谈). */
export const raiseLevel = (l: NoticeLevel): NoticeLevel => NOTICE_LEVELS[Math.min(NOTICE_LEVELS.indexOf(l) + 1, NOTICE_LEVELS.length - 1)]!;

export type StepRefusal = 'wrong_state' | 'not_overdue';

/**
 * What a step does to a notice at `today`: its new status and level, or why it cannot be taken.
 * 催办 is for an overdue notice only and keeps its status.
 */
export function takeStep(
  n: { status: NoticeStatus; level: NoticeLevel; dueDate: IsoDate },
  step: NoticeStep,
  today: IsoDate,
): { ok: true; status: NoticeStatus; level: NoticeLevel } | { ok: false; refusal: StepRefusal } {
  if (!FROM[step].includes(n.status)) return { ok: false, refusal: 'wrong_state' };
  if (step === 'urge') return isNoticeOverdue(n, today) ? { ok: true, status: n.status, level: raiseLevel(n.level) } : { ok: false, refusal: 'not_overdue' };
  return { ok: true, status: TO[step], level: n.level };
}

/** The steps a side can take now (for the buttons a screen shows). */
export function availableSteps(n: { status: NoticeStatus; level: NoticeLevel; dueDate: IsoDate }, side: 'unit' | 'office', today: IsoDate): NoticeStep[] {
  return (Object.keys(FROM) as NoticeStep[]).filter((s) => STEP_BY[s] === side && takeStep(n, s, today).ok);
}

/**
 * A notice to several units is followed per unit: each part has its own state. The notice's own
 * state is their composition: 已办结 only when every part is; waiting on a unit (已交办, then 退回重办,
 * then 已签收 — the least advanced first) while any part is; else 已反馈 (waiting on the office).
 */
export function noticeStatusOf(parts: NoticeStatus[]): NoticeStatus {
  if (parts.length === 0) return 'OPEN';
  for (const s of ['OPEN', 'RETURNED', 'ACKNOWLEDGED', 'ANSWERED'] as const) if (parts.includes(s)) return s;
  return 'CLOSED';
}

/** Numbers are per year of issue (`noticeNumberYear`): the next one after the highest so far that year. */
export const nextNoticeNumber = (used: number[]): number => (used.length ? Math.max(...used) : 0) + 1;

/**
 * The year a notice is numbered in (督办〔year〕第N号): the year of the day it is issued, China time, as a
 * document number's year is — not its task's plan year. In January a notice on last year's task takes
 * this year's next number.
 */
export const noticeNumberYear = (issuedOn: IsoDate): number => Number(issuedOn.slice(0, 4));

/**
 * 滞后未督办: the tasks lagging at the date that no 督办 notice is chasing — none issued, or every one
 * closed (办结) while the task is still behind — in task order: what the office has yet to chase. A notice
 * the unit has answered and the office not yet closed still chases its task. At risk is not listed: a
 * notice is for a lagging task.
 */
export function unchasedLagging<R extends { task: { number: number }; status: { status: Status } }>(rows: readonly R[], chased: ReadonlySet<number>): R[] {
  return rows.filter((r) => r.status.status === 'lagging' && !chased.has(r.task.number)).sort((a, b) => a.task.number - b.task.number);
}
