// Audit events for supervisors: the whole trail (filterable) or one task's history.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';

export const AUDIT_PAGE = 200;

const select = {
  id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true, ip: true,
  actor: { select: { displayName: true } },
  task: { select: { number: true } },
} as const;

export async function getAuditEvents(f: { action?: string; task?: number; actor?: string }) {
  const actor = await getSession();
  if (!can(actor, 'view_audit')) return null;
  return prisma.auditEvent.findMany({
    where: {
      ...(f.action ? { action: f.action } : {}),
      ...(f.task ? { task: { number: f.task } } : {}),
      ...(f.actor ? { actor: { displayName: { contains: f.actor } } } : {}),
    },
    orderBy: { id: 'desc' },
    take: AUDIT_PAGE,
    select,
  });
}

/** A task's history for signed-in users (every role reads everything). */
export async function getTaskAudit(taskId: number) {
  const actor = await getSession();
  if (!can(actor, 'view_pending')) return null;
  return prisma.auditEvent.findMany({ where: { taskId }, orderBy: { id: 'desc' }, take: 50, select });
}
