// 佐证材料 upload, carried by the upload route (app/evidence/upload/route.ts) so the form can show
// the bytes sent. Not a server-action module. The step checks the caller itself — signed in, and a
// unit responsible for the task (or the office) while its year is open — then the file by its
// content and the limits of the settings, stores the bytes by their hash (the original, and for an
// image its public versions without metadata) and records the file as staged: attached to nothing
// until the update that names it is submitted (lib/actions/updates.ts), seen by its uploader and the office.
import 'server-only';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { checkAddition, checkFile } from '@/lib/domain/evidence';
import { getSettings } from '@/lib/data/plan';
import { detectType, imageVersions } from '@/lib/files/evidence-file';
import { fileStore } from '@/lib/files/store';
import { m } from '@/lib/i18n/messages';
import { FieldConflict, type ActionState } from './state';
import type { Prisma } from '@/lib/generated/prisma/client';

export type StagedEvidence = { id: number; caption: string; fileName: string; kind: 'image' | 'pdf' | 'document'; size: number };
export type EvidenceUploadState = ActionState & { evidence?: StagedEvidence };

const captionSchema = z.string().trim().min(1, m.evidence.caption).max(100, m.tooLong(100));
const refuse = (field: 'file' | 'caption', message: string, values: Record<string, string>): EvidenceUploadState => ({
  status: 'error',
  message: m.fixErrors,
  errors: { [field]: [message] },
  values,
});

/** A staged file: uploaded, attached to nothing yet. */
export const STAGED = { updateId: null, noticeEventId: null } as const;

/**
 * Attaches the files `ids` that `actorId` staged for `taskId` to what they came with (an update, or
 * a notice's step), inside the caller's write transaction; any other id refuses the whole write.
 */
export async function attachStaged(
  tx: Prisma.TransactionClient,
  ids: number[],
  by: { taskId: number; actorId: number },
  to: { updateId: number } | { noticeEventId: number },
): Promise<void> {
  if (ids.length === 0) return;
  const attached = await tx.evidence.updateMany({ where: { id: { in: ids }, taskId: by.taskId, uploadedById: by.actorId, ...STAGED }, data: to });
  if (attached.count !== ids.length) throw new FieldConflict('evidence', m.evidence.notStaged);
}

export async function uploadEvidence(form: FormData): Promise<EvidenceUploadState> {
  const values = { caption: String(form.get('caption') ?? ''), taskId: String(form.get('taskId') ?? '') };
  const actor = await getSession();
  if (!actor) return { status: 'error', message: m.signInFirst, values };
  const taskId = Number(values.taskId);
  const task = Number.isSafeInteger(taskId)
    ? await prisma.task.findUnique({ where: { id: taskId }, select: { id: true, units: { select: { unitId: true } }, planYear: { select: { status: true } } } })
    : null;
  if (!task) return { status: 'error', message: m.notFound, values };
  if (!can(actor, 'submit_update', { unitIds: task.units.map((u) => u.unitId) })) return { status: 'error', message: m.forbidden, values };
  if (task.planYear.status !== 'ACTIVE') return { status: 'error', message: m.yearClosed, values };

  const caption = captionSchema.safeParse(values.caption);
  if (!caption.success) return refuse('caption', caption.error.issues[0]!.message, values);
  const file = form.get('file');
  if (!(file instanceof File)) return refuse('file', m.evidence.empty, values);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const limits = await getSettings();
  const detected = await detectType(bytes);
  const checked = checkFile(detected, bytes.byteLength, limits);
  if (!checked.ok || !detected) {
    const say = checked.ok
      ? m.evidence.type
      : { empty: m.evidence.empty, type: m.evidence.type, too_big: m.evidence.too_big(limits.evidenceMaxFileMb) }[checked.reason];
    return refuse('file', say, values);
  }
  const [staged, used] = await Promise.all([
    prisma.evidence.count({ where: { taskId, uploadedById: actor.id, ...STAGED } }),
    actor.unitId === null ? null : prisma.evidence.aggregate({ where: { unitId: actor.unitId }, _sum: { size: true } }),
  ]);
  const over = checkAddition(staged, used?._sum.size ?? 0, bytes.byteLength, limits);
  if (over) return refuse('file', over === 'too_many' ? m.evidence.too_many(limits.evidenceMaxFiles) : m.evidence.quota(limits.evidenceUnitQuotaMb), values);

  const versions = checked.kind === 'image' ? await imageVersions(bytes, detected.mime) : null;
  if (checked.kind === 'image' && !versions) return refuse('file', m.evidence.notImage, values);
  const store = fileStore();
  const [sha256, screenSha256, thumbSha256] = await Promise.all([
    store.put(bytes),
    versions ? store.put(versions.screen) : null,
    versions ? store.put(versions.thumb) : null,
  ]);
  const fileName = file.name.slice(0, 200) || 'file';
  const row = await writeTransaction(async (tx) => {
    const e = await tx.evidence.create({
      data: {
        taskId,
        uploadedById: actor.id,
        unitId: actor.unitId,
        caption: caption.data,
        fileName,
        mime: detected.mime,
        kind: checked.kind,
        size: bytes.byteLength,
        sha256,
        screenSha256,
        thumbSha256,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'evidence.uploaded',
      entityType: 'Evidence',
      entityId: e.id,
      taskId,
      after: { caption: caption.data, fileName, mime: detected.mime, size: bytes.byteLength, sha256 },
    });
    return e;
  });
  return { status: 'ok', message: '', evidence: { id: row.id, caption: caption.data, fileName, kind: checked.kind, size: bytes.byteLength } };
}
