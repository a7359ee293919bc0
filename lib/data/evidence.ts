// 佐证材料 as readers see them: which files of a task's updates a caller may list, and one file's
// bytes for the serving route (app/evidence/[id]/[variant]/route.ts) — with the same visibility as
// the update: staged files only for their uploader and the office; files of submitted updates for
// the office, leaders and the task's units; visitors only what the office marked public on an
// approved update, and of an image only the versions without metadata. Originals of images (GPS
// and all) only for the office and the task's units; each time the office opens one, an audit event.
import 'server-only';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can, type Actor } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { dispositionOf } from '@/lib/domain/evidence';
import { fileStore } from '@/lib/files/store';
import type { Prisma } from '@/lib/generated/prisma/client';

export const EVIDENCE_SELECT = { id: true, caption: true, kind: true, fileName: true, public: true } as const;
export type EvidenceItem = { id: number; caption: string; kind: 'image' | 'pdf' | 'document'; fileName: string; public: boolean };

/** The files of a task's updates `actor` may see listed (a Prisma filter). */
export function visibleEvidence(actor: Actor | null, unitIds: number[]): Prisma.EvidenceWhereInput {
  return can(actor, 'view_evidence', { unitIds }) ? {} : { public: true, update: { status: 'APPROVED' } };
}

export type Variant = 'original' | 'screen' | 'thumb';
export type ServedFile = { bytes: Buffer; mime: string; fileName: string; disposition: 'inline' | 'attachment' };

/** One file's bytes for the caller, or null when it does not exist or the caller may not read it (the route answers 404 either way). */
export async function getEvidenceFile(id: number, variant: Variant): Promise<ServedFile | null> {
  if (!Number.isSafeInteger(id)) return null;
  const e = await prisma.evidence.findUnique({
    where: { id },
    select: {
      id: true, taskId: true, uploadedById: true, kind: true, mime: true, fileName: true, public: true, sha256: true, screenSha256: true, thumbSha256: true,
      update: { select: { status: true } },
      task: { select: { units: { select: { unitId: true } } } },
    },
  });
  if (!e) return null;
  const actor = await getSession();
  const target = { unitIds: e.task.units.map((u) => u.unitId) };
  const isImage = e.kind === 'image';
  if (!isImage && variant !== 'original') return null;
  const office = can(actor, 'review_update');
  const allowed = !e.update
    ? office || (actor !== null && actor.id === e.uploadedById && !actor.mustChangePassword)
    : isImage && variant === 'original'
      ? can(actor, 'view_evidence_original', target)
      : can(actor, 'view_evidence', target) || (e.public && e.update.status === 'APPROVED');
  if (!allowed) return null;
  const sha = variant === 'screen' ? e.screenSha256 : variant === 'thumb' ? e.thumbSha256 : e.sha256;
  const bytes = sha ? await fileStore().get(sha) : null;
  if (!bytes) return null;
  if (office && variant === 'original' && actor) {
    await writeTransaction((tx) => audit(tx, { actorId: actor.id, action: 'evidence.viewed', entityType: 'Evidence', entityId: e.id, taskId: e.taskId }));
  }
  return { bytes, mime: variant === 'original' ? e.mime : 'image/jpeg', fileName: e.fileName, disposition: variant === 'original' ? dispositionOf(e.kind) : 'inline' };
}
