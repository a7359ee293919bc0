// Audit events for supervisors: the whole trail (filterable) or one task's history, as plain DTOs
// that name things (who, in which role or unit; which notice, update or problem of which task).
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import type { Role } from '@/lib/domain/types';

export const AUDIT_PAGE = 200;

const select = {
  id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true, ip: true, actorId: true,
  actor: { select: { displayName: true, role: true, unit: { select: { name: true } } } },
  task: { select: { number: true, planYear: { select: { year: true } } } },
} as const;

export type AuditRow = {
  id: number;
  at: string; // ISO instant
  action: string;
  entityType: string;
  entityId: string;
  /** For events about a user: that user's name; about a 佐证材料 file: its caption (else null). */
  entityName: string | null;
  actor: { name: string; role: Role; unit: string | null } | null;
  actorId: number | null;
  /** The task it concerns, by its number in its plan year (over the years every year has a 任务1). */
  task: { number: number; year: number } | null;
  after: string | null;
};

/** A page of the trail, newest first: `olderBefore` is the id to ask `before` for the next (older) page, null on the last. */
export type AuditPage = { rows: AuditRow[]; olderBefore: number | null; years: number[] };

type Raw = Awaited<ReturnType<typeof prisma.auditEvent.findMany<{ select: typeof select }>>>;

/** A text an event recorded under `key` (an evidence file's caption, an instruction's words: as given after, as removed before); else null. */
function recorded(json: string | null, key: 'caption' | 'text'): string | null {
  const v: unknown = json ? JSON.parse(json) : null;
  const x = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : null;
  return typeof x === 'string' ? x : null;
}

async function toRows(events: Raw): Promise<AuditRow[]> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type && /^\d+$/.test(e.entityId)).map((e) => Number(e.entityId)))];
  const [userIds, fileIds] = [idsOf('User'), idsOf('Evidence')];
  const [users, files] = await Promise.all([
    userIds.length ? prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }) : [],
    fileIds.length ? prisma.evidence.findMany({ where: { id: { in: fileIds } }, select: { id: true, caption: true } }) : [],
  ]);
  const names = new Map(users.map((u) => [String(u.id), u.displayName]));
  // A file removed since keeps the caption its upload or its removal recorded.
  const captions = new Map(files.map((f) => [String(f.id), f.caption]));
  const nameOf = (e: Raw[number]): string | null =>
    e.entityType === 'User'
      ? (names.get(e.entityId) ?? e.entityId)
      : e.entityType === 'Evidence'
        ? (captions.get(e.entityId) ?? recorded(e.after, 'caption') ?? recorded(e.before, 'caption'))
        : e.entityType === 'Instruction'
          ? // Its words as given, or as withdrawn (the instruction itself is gone then).
            (recorded(e.after, 'text') ?? recorded(e.before, 'text'))
          : null;
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    entityName: nameOf(e),
    actor: e.actor ? { name: e.actor.displayName, role: e.actor.role, unit: e.actor.unit?.name ?? null } : null,
    actorId: e.actorId,
    task: e.task ? { number: e.task.number, year: e.task.planYear.year } : null,
    after: e.after,
  }));
}

/** The ids of the accounts whose display name holds `text` (letters in either case), as typed. */
async function accountsNamed(text: string): Promise<number[]> {
  const wanted = text.toLowerCase();
  return (await prisma.user.findMany({ select: { id: true, displayName: true } })).filter((u) => u.displayName.toLowerCase().includes(wanted)).map((u) => u.id);
}

/**
 * The trail for the office, newest first, a page at a time: by action, by task number (of one plan year,
 * or of every year), by the actor's name; `before` an event id, for the page after one that ended there.
 */
export async function getAuditEvents(f: { action?: string; task?: number; year?: number; actor?: string; before?: number }): Promise<AuditPage | null> {
  const actor = await getSession();
  if (!can(actor, 'view_audit')) return null;
  // 操作人: the accounts whose name holds the text as typed, found here (SQL LIKE would take % and _ as wildcards).
  const actorIds = f.actor ? await accountsNamed(f.actor) : null;
  const [events, years] = await Promise.all([
    prisma.auditEvent.findMany({
      where: {
        ...(f.action ? { action: f.action } : {}),
        ...(f.task || f.year ? { task: { ...(f.task ? { number: f.task } : {}), ...(f.year ? { planYear: { year: f.year } } : {}) } } : {}),
        ...(actorIds ? { actorId: { in: actorIds } } : {}),
        ...(f.before ? { id: { lt: f.before } } : {}),
      },
      orderBy: { id: 'desc' },
      take: AUDIT_PAGE + 1, // one more: is there an older page?
      select,
    }),
    prisma.planYear.findMany({ select: { year: true }, orderBy: { year: 'desc' } }),
  ]);
  const page = events.slice(0, AUDIT_PAGE);
  return { rows: await toRows(page), olderBefore: events.length > AUDIT_PAGE ? page[page.length - 1]!.id : null, years: years.map((y) => y.year) };
}

/** A task's history for signed-in users (every role reads everything; a withdrawn instruction's words withheld per reader: `trailAsSeenBy`). */
export async function getTaskAudit(taskId: number): Promise<AuditRow[] | null> {
  const actor = await getSession();
  if (!can(actor, 'view_pending')) return null;
  return toRows(await prisma.auditEvent.findMany({ where: { taskId }, orderBy: { id: 'desc' }, take: 50, select }));
}
