// 督办件 as every screen shows them: number, level, state (overdue in words), issuer and date,
// recipients, reason and requirement, the answer, each step of its life — and the steps the viewer
// may take now. One select and one mapping for the task page, 我的任务 and the ledger.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import { can, type Actor } from '@/lib/auth/policy';
import { getSession } from '@/lib/auth/session';
import { today } from '@/lib/env';
import { toIsoDate, type IsoDate } from '@/lib/domain/dates';
import { availableSteps, isNoticeOverdue, isOpenNotice, type NoticeLevel, type NoticeStatus, type NoticeStep } from '@/lib/domain/notices';

export const NOTICE_SELECT = {
  id: true, year: true, number: true, level: true, status: true, reason: true, requiredAction: true, dueDate: true, issuedAt: true, answer: true, urgeCount: true,
  issuedBy: { select: { displayName: true } },
  task: { select: { id: true, number: true, content: true } },
  recipients: { select: { unit: { select: { id: true, name: true, code: true } } } },
  events: { select: { kind: true, text: true, at: true, actor: { select: { displayName: true } } }, orderBy: { id: 'asc' } },
} satisfies Prisma.SupervisionNoticeSelect;

type Row = Prisma.SupervisionNoticeGetPayload<{ select: typeof NOTICE_SELECT }>;

export type NoticeView = {
  id: number; year: number; number: number; level: NoticeLevel; status: NoticeStatus; overdue: boolean;
  reason: string; requiredAction: string; dueDate: IsoDate; issuedAt: string; issuer: string; answer: string | null; urgeCount: number;
  taskNumber: number; taskContent: string;
  recipients: { id: number; name: string; code: string }[];
  events: { kind: string; text: string | null; at: string; actor: string | null }[];
  /** The steps this viewer may take now. */
  steps: NoticeStep[];
};

export function toNoticeView(n: Row, actor: Actor | null, today: IsoDate): NoticeView {
  const view = { status: n.status, level: n.level, dueDate: toIsoDate(n.dueDate) };
  const recipientIds = n.recipients.map((r) => r.unit.id);
  const steps = [
    ...(can(actor, 'act_on_notice', { unitIds: recipientIds }) ? availableSteps(view, 'unit', today) : []),
    ...(can(actor, 'issue_notice') ? availableSteps(view, 'office', today) : []),
  ];
  return {
    id: n.id, year: n.year, number: n.number, level: n.level, status: n.status, overdue: isNoticeOverdue(view, today),
    reason: n.reason, requiredAction: n.requiredAction, dueDate: view.dueDate, issuedAt: n.issuedAt.toISOString(), issuer: n.issuedBy.displayName,
    answer: n.answer, urgeCount: n.urgeCount, taskNumber: n.task.number, taskContent: n.task.content,
    recipients: n.recipients.map((r) => r.unit),
    events: n.events.map((e) => ({ kind: e.kind, text: e.text, at: e.at.toISOString(), actor: e.actor?.displayName ?? null })),
    steps,
  };
}

export async function noticesWhere(where: Prisma.SupervisionNoticeWhereInput, actor: Actor | null, today: IsoDate): Promise<NoticeView[]> {
  const rows = await prisma.supervisionNotice.findMany({ where, select: NOTICE_SELECT, orderBy: [{ year: 'desc' }, { number: 'desc' }] });
  return rows.map((n) => toNoticeView(n, actor, today));
}

export type LedgerFilters = { status?: NoticeStatus; unit?: string; level?: NoticeLevel; overdue?: boolean; year?: number };

/** Per unit: notices sent to it, waiting on it, overdue, answered awaiting the office, closed. */
export function unitCounts(notices: NoticeView[]) {
  const by = new Map<string, { code: string; name: string; total: number; open: number; overdue: number; answered: number; closed: number }>();
  for (const n of notices) {
    for (const u of n.recipients) {
      const c = by.get(u.code) ?? { code: u.code, name: u.name, total: 0, open: 0, overdue: 0, answered: 0, closed: 0 };
      c.total++;
      if (isOpenNotice(n.status)) c.open++;
      if (n.overdue) c.overdue++;
      if (n.status === 'ANSWERED') c.answered++;
      if (n.status === 'CLOSED') c.closed++;
      by.set(u.code, c);
    }
  }
  return [...by.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.code.localeCompare(b.code));
}

/** 督办台账: every notice (signed-in users), filtered; counts per unit over the unfiltered set. One query. */
export async function getNoticeLedger(filters: LedgerFilters) {
  const actor = await getSession();
  if (!can(actor, 'view_pending')) return null;
  const now = today();
  const all = await noticesWhere(filters.year ? { year: filters.year } : {}, actor, now);
  const shown = all.filter(
    (n) =>
      (!filters.status || n.status === filters.status) &&
      (!filters.level || n.level === filters.level) &&
      (!filters.unit || n.recipients.some((r) => r.code === filters.unit)) &&
      (!filters.overdue || n.overdue),
  );
  const units = [...new Map(all.flatMap((n) => n.recipients).map((u) => [u.code, u])).values()];
  return { notices: shown, total: all.length, perUnit: unitCounts(all), units, years: [...new Set(all.map((n) => n.year))].sort((a, b) => b - a) };
}
