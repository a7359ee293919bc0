// Audit trail (留痕): one append-only row per mutation, written in the mutation's transaction.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { t } from '@/lib/i18n/zh-CN';

/** What an audit row records was done: each has its name on the 留痕 screen (the catalogue's t.audit.actions). */
export type AuditAction = keyof typeof t.audit.actions;
/** What it was done to, named on the 留痕 screen too (t.audit.entity). */
export type AuditEntity = keyof typeof t.audit.entity;

export type AuditEntry = {
  actorId: number | null;
  action: AuditAction;
  entityType: AuditEntity;
  entityId: string | number;
  taskId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

export async function audit(tx: Prisma.TransactionClient, e: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      taskId: e.taskId ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      ip: e.ip ?? null,
    },
    select: { id: true }, // not the whole row back
  });
}
