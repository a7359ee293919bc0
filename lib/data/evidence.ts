// 佐证材料 as readers see them: which files of a task's updates a caller may list, and one file's
// bytes for the serving route (app/evidence/[id]/[variant]/route.ts) — with the same visibility as
// the update: staged files only for their uploader and the office; files of submitted updates for
// the office, leaders and the task's units (and so for files sent with a 督办件's step, never public);
// visitors only what the office marked public on an approved update, and of an image only the
// versions without metadata. Originals of images (GPS
// and all) only for the office and the task's units; each time the office opens one, an audit event.
import 'server-only';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can, type Actor } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { dispositionOf, STAGED } from '@/lib/domain/evidence';
import { getSettings } from './plan';
import { fileStore } from '@/lib/files/store';
import type { ServedFile, Variant } from '@/lib/files/response';
import type { ReportEvidence, ReportModel } from '@/lib/domain/report';
import type { Prisma } from '@/lib/generated/prisma/client';

export const EVIDENCE_SELECT = { id: true, caption: true, kind: true, fileName: true, public: true } as const;
export type EvidenceItem = { id: number; caption: string; kind: 'image' | 'pdf' | 'document'; fileName: string; public: boolean };

/** What the file picker's hint states: files per submission, size per file (settings). */
export async function evidenceLimits(): Promise<{ files: number; mb: number }> {
  const s = await getSettings();
  return { files: s.evidenceMaxFiles, mb: s.evidenceMaxFileMb };
}

/** A staged file as the picker lists it. */
export type StagedEvidence = { id: number; caption: string; fileName: string; kind: 'image' | 'pdf' | 'document'; size: number };

/**
 * What the update form's file picker starts with: the settings' limits its hint states (files per
 * submission, size per file), and the files `actorId` staged for the task and has not sent yet — a
 * page reloaded after an upload lists them again, so they can be sent or removed (they count toward
 * the files per submission and the unit's quota until then).
 */
export async function evidenceForm(actorId: number, taskId: number): Promise<{ limits: { files: number; mb: number }; staged: StagedEvidence[] }> {
  const [limits, staged] = await Promise.all([
    evidenceLimits(),
    prisma.evidence.findMany({
      where: { taskId, uploadedById: actorId, ...STAGED },
      select: { id: true, caption: true, fileName: true, kind: true, size: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  return { limits, staged };
}

/** The files of a task's updates `actor` may see listed (a Prisma filter). */
export function visibleEvidence(actor: Actor | null, unitIds: number[]): Prisma.EvidenceWhereInput {
  return can(actor, 'view_evidence', { unitIds }) ? {} : { public: true, update: { status: 'APPROVED' } };
}


/** One file's bytes for the caller, or null when it does not exist or the caller may not read it (the route answers 404 either way). */
export async function getEvidenceFile(id: number, variant: Variant): Promise<ServedFile | null> {
  if (!Number.isSafeInteger(id)) return null;
  const e = await prisma.evidence.findUnique({
    where: { id },
    select: {
      id: true, taskId: true, uploadedById: true, noticeEventId: true, kind: true, mime: true, fileName: true, public: true, sha256: true, screenSha256: true, thumbSha256: true,
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
  // Staged: attached to neither an update nor a 督办 step. A notice's files are never public.
  const allowed =
    !e.update && e.noticeEventId === null
      ? office || (actor !== null && actor.id === e.uploadedById && !actor.mustChangePassword)
      : isImage && variant === 'original'
        ? can(actor, 'view_evidence_original', target)
        : can(actor, 'view_evidence', target) || (e.public && e.update?.status === 'APPROVED');
  if (!allowed) return null;
  return serve(e, variant, office && actor ? { actorId: actor.id, action: 'evidence.viewed', entityType: 'Evidence', entityId: e.id, taskId: e.taskId } : null);
}

type StoredFile = Pick<ReportEvidence, 'kind' | 'mime' | 'fileName' | 'sha256' | 'screenSha256' | 'thumbSha256'>;

/** A file's variant from the store; opening an original is audited when `viewed` names the event. */
async function serve(e: StoredFile, variant: Variant, viewed: Parameters<typeof audit>[1] | null): Promise<ServedFile | null> {
  const sha = variant === 'screen' ? e.screenSha256 : variant === 'thumb' ? e.thumbSha256 : e.sha256;
  const bytes = sha ? await fileStore().get(sha) : null;
  if (!bytes) return null;
  if (viewed && variant === 'original') await writeTransaction((tx) => audit(tx, viewed));
  return { bytes, mime: variant === 'original' ? e.mime : 'image/jpeg', fileName: e.fileName, disposition: variant === 'original' ? dispositionOf(e.kind, e.mime) : 'inline' };
}

/**
 * A file a published report lists (the n-th of its frozen evidence), by its hash: the same bytes
 * whatever happened to the update since. For report readers; an image's original (with its GPS
 * position) only for the office, which is audited as for any original.
 */
export async function getReportEvidenceFile(snapshotId: number, index: number, variant: Variant): Promise<ServedFile | null> {
  const actor = await getSession();
  if (!can(actor, 'view_reports') || !Number.isSafeInteger(snapshotId) || !Number.isSafeInteger(index)) return null;
  const row = await prisma.reportSnapshot.findUnique({ where: { id: snapshotId }, select: { model: true } });
  const e = row ? (JSON.parse(row.model) as ReportModel).evidence?.[index] : undefined;
  if (!e || (e.kind !== 'image' && variant !== 'original')) return null;
  const office = can(actor, 'review_update');
  if (e.kind === 'image' && variant === 'original' && !office) return null;
  return serve(e, variant, office && actor ? { actorId: actor.id, action: 'evidence.viewed', entityType: 'ReportSnapshot', entityId: snapshotId, after: { index, sha256: e.sha256 } } : null);
}
