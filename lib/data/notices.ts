// 督办件 as every screen shows them: number, level, state (overdue in words), issuer and date,
// recipients, reason and requirement, the answer, each step of its life — and the steps the viewer
// may take now. One select and one mapping for the task page, 我的任务 and the ledger.
import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import { can, type Actor } from '@/lib/auth/policy';
import { getSession } from '@/lib/auth/session';
import { databaseKind, today } from '@/lib/env';
import { getPlanYears, resolveYear } from './plan';
import { getEvaluatedPlan, getOpenNoticeCounts, type EvaluatedPlan } from './evaluated-plan';
import { keptWith } from './freeze';
import { pendingInstructionsOf } from './instructions';
import { PENDING_INSTRUCTION } from '@/lib/domain/instructions';
import { EVIDENCE_SELECT, type EvidenceItem } from './evidence';
import { dateOf, toIsoDate, type IsoDate } from '@/lib/domain/dates';
import { availableSteps, isNoticeOverdue, NOT_CLOSED, OPEN_STATUSES, unchasedLagging, type LedgerFilters, type NoticeLevel, type NoticeStatus, type NoticeStep } from '@/lib/domain/notices';

export const NOTICE_SELECT = {
  id: true, year: true, numberYear: true, number: true, level: true, status: true, reason: true, requiredAction: true, dueDate: true, issuedAt: true, urgeCount: true,
  issuedBy: { select: { displayName: true } },
  task: { select: { id: true, number: true, content: true, units: { select: { unitId: true } } } },
  recipients: {
    select: {
      status: true, answer: true, answeredAt: true, unit: { select: { id: true, name: true, code: true, sortKey: true } },
      // Answered inside a progress update: the files went with the update.
      answeredInUpdate: { select: { id: true, asOf: true, evidence: { select: EVIDENCE_SELECT, orderBy: { id: 'asc' } } } },
    },
  },
  events: {
    select: {
      kind: true, text: true, at: true, unitId: true, actor: { select: { displayName: true } }, evidence: { select: EVIDENCE_SELECT, orderBy: { id: 'asc' } },
      update: { select: { id: true, asOf: true } },
    },
    orderBy: { id: 'asc' },
  },
} satisfies Prisma.SupervisionNoticeSelect;

/** A notice as read, before it is made a viewer's view. */
export type NoticeRow = Prisma.SupervisionNoticeGetPayload<{ select: typeof NOTICE_SELECT }>;

export type NoticeView = {
  /** `year`: its task's plan year (the ledger it is in); 督办〔numberYear〕第number号. */
  id: number; year: number; numberYear: number; number: number; level: NoticeLevel; status: NoticeStatus; overdue: boolean;
  reason: string; requiredAction: string; dueDate: IsoDate; issuedAt: string; issuer: string; urgeCount: number;
  taskId: number; taskNumber: number; taskContent: string;
  recipients: { id: number; name: string; code: string }[];
  /** Each addressed unit's part: its own state and answer, and the steps this viewer may take on it. */
  parts: {
    unitId: number; name: string; code: string; status: NoticeStatus; overdue: boolean; answer: string | null; answeredAt: string | null; steps: NoticeStep[];
    /** The files of its latest answer (given on the notice, or inside a progress update: that update's). */
    answerEvidence: EvidenceItem[];
    /** The progress update its latest answer was given in (null: given on the notice itself). */
    answeredInUpdate: { id: number; asOf: IsoDate } | null;
  }[];
  /** Each step so far, with the 佐证材料 sent with it (for those who may see the task's evidence: the office, leaders, the task's units). */
  events: {
    kind: string; text: string | null; at: string; actor: string | null; unit: string | null; evidence: EvidenceItem[];
    /** An answer given inside a progress update: that update (its files are shown with it, in 进展记录). */
    inUpdate: { id: number; asOf: IsoDate } | null;
  }[];
  /** The steps this viewer may take on the notice as a whole (催办). */
  steps: NoticeStep[];
};

export function toNoticeView(n: NoticeRow, actor: Actor | null, today: IsoDate): NoticeView {
  const view = { status: n.status, level: n.level, dueDate: toIsoDate(n.dueDate) };
  const office = can(actor, 'issue_notice');
  const seesEvidence = can(actor, 'view_evidence', { unitIds: n.task.units.map((u) => u.unitId) });
  const recipients = [...n.recipients].sort((a, b) => a.unit.sortKey - b.unit.sortKey);
  const unitName = new Map(recipients.map((r) => [r.unit.id, r.unit.name]));
  const parts = recipients.map((r) => {
    const part = { status: r.status, level: n.level, dueDate: view.dueDate };
    // A unit acts on its own part only; the office returns or closes each part.
    const own = actor?.unitId === r.unit.id && can(actor, 'act_on_notice', { unitIds: [r.unit.id] });
    const steps = [...(own ? availableSteps(part, 'unit', today) : []), ...(office ? availableSteps(part, 'office', today).filter((s) => s !== 'urge') : [])];
    const inUpdate = r.answeredInUpdate;
    const answerFiles = inUpdate ? inUpdate.evidence : (n.events.findLast((e) => e.kind === 'ANSWERED' && e.unitId === r.unit.id)?.evidence ?? []);
    return {
      unitId: r.unit.id, name: r.unit.name, code: r.unit.code, status: r.status, overdue: isNoticeOverdue(part, today), answer: r.answer, answeredAt: r.answeredAt?.toISOString() ?? null, steps,
      answerEvidence: seesEvidence ? answerFiles : [],
      answeredInUpdate: inUpdate ? { id: inUpdate.id, asOf: toIsoDate(inUpdate.asOf) } : null,
    };
  });
  return {
    id: n.id, year: n.year, numberYear: n.numberYear, number: n.number, level: n.level, status: n.status, overdue: isNoticeOverdue(view, today),
    reason: n.reason, requiredAction: n.requiredAction, dueDate: view.dueDate, issuedAt: n.issuedAt.toISOString(), issuer: n.issuedBy.displayName,
    urgeCount: n.urgeCount, taskId: n.task.id, taskNumber: n.task.number, taskContent: n.task.content,
    recipients: recipients.map((r) => ({ id: r.unit.id, name: r.unit.name, code: r.unit.code })),
    parts,
    events: n.events.map((e) => ({
      kind: e.kind, text: e.text, at: e.at.toISOString(), actor: e.actor?.displayName ?? null, unit: e.unitId ? (unitName.get(e.unitId) ?? null) : null,
      evidence: seesEvidence ? e.evidence : [],
      inUpdate: e.update ? { id: e.update.id, asOf: toIsoDate(e.update.asOf) } : null,
    })),
    steps: office ? availableSteps(view, 'office', today).filter((s) => s === 'urge') : [],
  };
}

/** Prisma loads relations with one bound parameter per parent row; SQLite's limit is near a thousand. */
const CHUNK = 500;

/** The notices matching `where`, newest first; `page` bounds the rows (the ledger), else all in chunks. */
export async function noticesWhere(where: Prisma.SupervisionNoticeWhereInput, actor: Actor | null, today: IsoDate, page?: { take: number; skip: number }): Promise<NoticeView[]> {
  const orderBy = [{ year: 'desc' as const }, { numberYear: 'desc' as const }, { number: 'desc' as const }];
  const rows = page ? await prisma.supervisionNotice.findMany({ where, select: NOTICE_SELECT, orderBy, ...page }) : await noticeRowsWhere(where);
  return rows.map((n) => toNoticeView(n, actor, today));
}

/** Every notice matching `where` as read, newest first, in chunks: the same for every viewer (toNoticeView makes each viewer's view); not public — the caller has checked the reader may see notices. */
export async function noticeRowsWhere(where: Prisma.SupervisionNoticeWhereInput): Promise<NoticeRow[]> {
  const orderBy = [{ year: 'desc' as const }, { numberYear: 'desc' as const }, { number: 'desc' as const }];
  const ids = (await prisma.supervisionNotice.findMany({ where, select: { id: true }, orderBy })).map((n) => n.id);
  const out: NoticeRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await prisma.supervisionNotice.findMany({ where: { id: { in: ids.slice(i, i + CHUNK) } }, select: NOTICE_SELECT, orderBy })));
  return out;
}

export const LEDGER_PAGE = 100;

/** The ledger's filters as a query (a plan year's notices). */
export function ledgerWhere(year: number, f: LedgerFilters, today: IsoDate): Prisma.SupervisionNoticeWhereInput {
  return {
    year,
    AND: [
      // With a unit chosen, the state filters read that unit's part (who has not signed, not answered, is overdue).
      f.status ? (f.unit ? { recipients: { some: { unit: { code: f.unit }, status: f.status } } } : { status: f.status }) : {},
      f.level ? { level: f.level } : {},
      f.unit ? { recipients: { some: { unit: { code: f.unit } } } } : {},
      f.overdue
        ? f.unit
          ? { recipients: { some: { unit: { code: f.unit }, status: { in: OPEN_STATUSES } } }, dueDate: { lt: dateOf(today) } }
          : { status: { in: OPEN_STATUSES }, dueDate: { lt: dateOf(today) } }
        : {},
    ],
  };
}

type UnitCountRow = {
  code: string; name: string; total: number | bigint; open: number | bigint; unsigned: number | bigint; overdue: number | bigint; answered: number | bigint; closed: number | bigint;
};

/**
 * Per unit, over a plan year's notices, by that unit's own part: sent to it, waiting on it, not yet
 * signed, overdue, answered awaiting the office, closed. One grouped query.
 */
export async function unitCounts(year: number, today: IsoDate) {
  const open = Prisma.join(OPEN_STATUSES);
  // PostgreSQL: quoted names, the status (an enum there) compared as text, the due date as a date.
  const rows = await (databaseKind() === 'postgres'
    ? prisma.$queryRaw<UnitCountRow[]>`
    SELECT u.code AS code, u.name AS name, COUNT(*) AS total,
      SUM(CASE WHEN CAST(r.status AS TEXT) IN (${open}) THEN 1 ELSE 0 END) AS open,
      SUM(CASE WHEN CAST(r.status AS TEXT) = 'OPEN' THEN 1 ELSE 0 END) AS unsigned,
      SUM(CASE WHEN CAST(r.status AS TEXT) IN (${open}) AND n."dueDate" < CAST(${today} AS DATE) THEN 1 ELSE 0 END) AS overdue,
      SUM(CASE WHEN CAST(r.status AS TEXT) = 'ANSWERED' THEN 1 ELSE 0 END) AS answered,
      SUM(CASE WHEN CAST(r.status AS TEXT) = 'CLOSED' THEN 1 ELSE 0 END) AS closed
    FROM "NoticeRecipient" r JOIN "SupervisionNotice" n ON n.id = r."noticeId" JOIN "Unit" u ON u.id = r."unitId"
    WHERE n.year = ${year}
    GROUP BY u.id ORDER BY overdue DESC, open DESC, u."sortKey"`
    : prisma.$queryRaw<UnitCountRow[]>`
    SELECT u.code AS code, u.name AS name, COUNT(*) AS total,
      SUM(CASE WHEN r.status IN (${open}) THEN 1 ELSE 0 END) AS open,
      SUM(CASE WHEN r.status = 'OPEN' THEN 1 ELSE 0 END) AS unsigned,
      SUM(CASE WHEN r.status IN (${open}) AND n.dueDate < ${today} THEN 1 ELSE 0 END) AS overdue,
      SUM(CASE WHEN r.status = 'ANSWERED' THEN 1 ELSE 0 END) AS answered,
      SUM(CASE WHEN r.status = 'CLOSED' THEN 1 ELSE 0 END) AS closed
    FROM NoticeRecipient r JOIN SupervisionNotice n ON n.id = r.noticeId JOIN Unit u ON u.id = r.unitId
    WHERE n.year = ${year}
    GROUP BY u.id ORDER BY overdue DESC, open DESC, u.sortKey`);
  return rows.map((r) => ({
    code: r.code, name: r.name, total: Number(r.total), open: Number(r.open), unsigned: Number(r.unsigned), overdue: Number(r.overdue), answered: Number(r.answered), closed: Number(r.closed),
  }));
}

/** One notice as the viewer sees it (its 督办通知单), for signed-in readers; null when it does not exist or the caller may not read notices. */
export async function getNotice(id: number): Promise<NoticeView | null> {
  const actor = await getSession();
  if (!can(actor, 'view_pending') || !Number.isSafeInteger(id) || id < 1) return null;
  const [n] = await noticesWhere({ id }, actor, today());
  return n ?? null;
}

/**
 * 滞后未督办 of a plan year at its default date (today within the year, else its latest approved
 * report): the lagging tasks no notice in progress chases (`unchasedLagging`). The tasks with a notice
 * not closed are counted once per snapshot (every notice moves the data version); the caller has been
 * checked for view_pending. With the ledger's unit filter, that unit's tasks.
 */
async function unchasedOf(plan: EvaluatedPlan | null, unit: string | undefined) {
  if (!plan) return null;
  const { tasks } = plan.snap;
  const chased = await keptWith(plan.snap, 'chased tasks', async () => {
    const counts = await getOpenNoticeCounts(
      tasks.map((t) => t.id),
      new Map(tasks.map((t) => [t.id, t.number])),
      NOT_CLOSED,
    );
    return new Set(counts.keys());
  });
  // The ledger's unit filter narrows it to that unit's tasks too (a unit among the task's units).
  const rows = unchasedLagging(plan.rows, chased).filter((r) => !unit || r.task.units.some((u) => u.code === unit));
  return { asOf: plan.asOf, asOfReason: plan.asOfReason, rows };
}


/**
 * What waits for the office on the 督办台账, for its menu entry (督办台账（N）): units' answers to close or
 * return, and 领导批示 to put into effect or mark read — of every year. Two counts; null for anyone else.
 */
export async function getLedgerWaitingCount(): Promise<number | null> {
  if (!can(await getSession(), 'issue_notice')) return null;
  const [answered, instructions] = await Promise.all([
    prisma.noticeRecipient.count({ where: { status: 'ANSWERED' } }),
    prisma.instruction.count({ where: PENDING_INSTRUCTION }),
  ]);
  return answered + instructions;
}

/** 督办台账 of a plan year (signed-in users): one page of the filtered notices, their number, counts per unit. */
export async function getNoticeLedger(filters: LedgerFilters) {
  const actor = await getSession();
  if (!can(actor, 'view_pending')) return null;
  const years = await getPlanYears();
  const year = filters.year && years.some((y) => y.year === filters.year) ? filters.year : await resolveYear(undefined, years);
  if (year === null) return null;
  const now = today();
  const where = ledgerWhere(year, filters, now);
  const page = Math.max(1, filters.page ?? 1);
  // The year's plan at its default date, read once for 滞后未督办 and the 领导批示 kept with it.
  const plan = await getEvaluatedPlan({ year: String(year) });
  const [total, notices, perUnit, all, others, unchased, instructions] = await Promise.all([
    prisma.supervisionNotice.count({ where }),
    noticesWhere(where, actor, now, { take: LEDGER_PAGE, skip: (page - 1) * LEDGER_PAGE }),
    unitCounts(year, now),
    prisma.supervisionNotice.count({ where: { year } }),
    // Notices of other years not closed yet: a year's ledger says they are still being chased.
    prisma.supervisionNotice.groupBy({ by: ['year'], where: { year: { not: year }, status: { not: 'CLOSED' } }, _count: { _all: true }, orderBy: { year: 'desc' } }),
    unchasedOf(plan, filters.unit),
    // 领导批示待落实: the year's instructions not yet put into effect or read; with the unit filter, on that unit's tasks.
    plan ? pendingInstructionsOf(plan.snap, year, filters.unit) : [],
  ]);
  return {
    year, years: years.map((y) => y.year), today: now, notices, total, all, page, pages: Math.max(1, Math.ceil(total / LEDGER_PAGE)), perUnit, units: perUnit.map((u) => ({ code: u.code, name: u.name })),
    /** Other plan years with notices not closed, newest first. */
    otherYearsOpen: others.map((o) => ({ year: o.year, open: o._count._all })),
    /** The year's lagging tasks no notice in progress chases, at the year's default date. */
    unchased,
    /** The year's 领导批示 pending (待落实), the longest waiting first. */
    instructions,
  };
}
