// Audit events for supervisors: the whole trail (filterable) or one task's history, as plain DTOs
// that name things (who, in which role or unit; which notice, update or problem of which task).
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import type { Role } from '@/lib/domain/types';

export const AUDIT_PAGE = 200;

const select = {
  id: true, at: true, action: true, entityType: true, entityId: true, after: true, ip: true,
  actor: { select: { displayName: true, role: true, unit: { select: { name: true } } } },
  task: { select: { number: true } },
} as const;

export type AuditRow = {
  id: number;
  at: string; // ISO instant
  action: string;
  entityType: string;
  entityId: string;
  /** For events about a user: that user's name (else null). */
  entityName: string | null;
  actor: { name: string; role: Role; unit: string | null } | null;
  taskNumber: number | null;
  after: string | null;
};

type Raw = Awaited<ReturnType<typeof prisma.auditEvent.findMany<{ select: typeof select }>>>;

async function toRows(events: Raw): Promise<AuditRow[]> {
  const userIds = [...new Set(events.filter((e) => e.entityType === 'User' && /^\d+$/.test(e.entityId)).map((e) => Number(e.entityId)))];
  const users = userIds.length ? await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }) : [];
  const names = new Map(users.map((u) => [String(u.id), u.displayName]));
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    entityName: e.entityType === 'User' ? (names.get(e.entityId) ?? e.entityId) : null,
    actor: e.actor ? { name: e.actor.displayName, role: e.actor.role, unit: e.actor.unit?.name ?? null } : null,
    taskNumber: e.task?.number ?? null,
    after: e.after,
  }));
}

export async function getAuditEvents(f: { action?: string; task?: number; actor?: string }): Promise<AuditRow[] | null> {
  const actor = await getSession();
  if (!can(actor, 'view_audit')) return null;
  const events = await prisma.auditEvent.findMany({
    where: {
      ...(f.action ? { action: f.action } : {}),
      ...(f.task ? { task: { number: f.task } } : {}),
      ...(f.actor ? { actor: { displayName: { contains: f.actor } } } : {}),
    },
    orderBy: { id: 'desc' },
    take: AUDIT_PAGE,
    select,
  });
  return toRows(events);
}

/** A task's history for signed-in users (every role reads everything). */
export async function getTaskAudit(taskId: number): Promise<AuditRow[] | null> {
  const actor = await getSession();
  if (!can(actor, 'view_pending')) return null;
  return toRows(await prisma.auditEvent.findMany({ where: { taskId }, orderBy: { id: 'desc' }, take: 50, select }));
}
