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
import { can, type Actor } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { checkAddition, checkFile, STAGED } from '@/lib/domain/evidence';
import { getSettings } from '@/lib/data/plan';
import type { StagedEvidence } from '@/lib/data/evidence';
import { detectType, imageVersions } from '@/lib/files/evidence-file';
import { fileStore } from '@/lib/files/store';
import { m } from '@/lib/i18n/messages';
import { parseEvidenceIds } from '@/lib/validation/evidence';
import { FieldConflict, type ActionState } from './state';
import type { Prisma } from '@/lib/generated/prisma/client';

export type { StagedEvidence };
export type EvidenceUploadState = ActionState & { evidence?: StagedEvidence };

const captionSchema = z.string().trim().min(1, m.evidence.caption).max(100, m.tooLong(100));
const refuse = (field: 'file' | 'caption', message: string, values: Record<string, string>): EvidenceUploadState => ({
  status: 'error',
  message: m.fixErrors,
  errors: { [field]: [message] },
  values,
});

/**
 * Attaches the files `ids` that `actorId` staged for `taskId` to what they came with (an update, or
 * a notice's step), inside the caller's write transaction; any other id refuses the whole write.
 */
async function attachStaged(
  tx: Prisma.TransactionClient,
  ids: number[],
  by: { taskId: number; actorId: number },
  to: { updateId: number } | { noticeEventId: number },
): Promise<void> {
  if (ids.length === 0) return;
  const attached = await tx.evidence.updateMany({ where: { id: { in: ids }, taskId: by.taskId, uploadedById: by.actorId, ...STAGED }, data: to });
  if (attached.count !== ids.length) throw new FieldConflict('evidence', m.evidence.notStaged);
}

type Kind = StagedEvidence['kind'];
/** A file checked and its bytes stored (by their hash): what its row records. */
export type StoredFile = {
  caption: string;
  fileName: string;
  mime: string;
  kind: Kind;
  size: number;
  sha256: string;
  screenSha256: string | null;
  thumbSha256: string | null;
};

/**
 * Checks one file for a task's 佐证材料 — its caption, its type by content, its size, the files
 * `actor` has staged for the task (with `more` of this same post) and the unit's quota — and stores
 * its bytes (for an image also the versions without metadata). The row is the caller's to write
 * (`recordFile`). The caller has checked the actor's right to the task.
 */
export async function storeFile(
  actor: Actor,
  taskId: number,
  rawCaption: string,
  file: File,
  more = 0,
): Promise<{ stored: StoredFile } | { field: 'file' | 'caption'; message: string }> {
  const caption = captionSchema.safeParse(rawCaption);
  if (!caption.success) return { field: 'caption', message: caption.error.issues[0]!.message };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const limits = await getSettings();
  const detected = await detectType(bytes);
  const checked = checkFile(detected, bytes.byteLength, limits);
  if (!checked.ok || !detected) {
    const say = checked.ok
      ? m.evidence.type
      : { empty: m.evidence.empty, type: m.evidence.type, too_big: m.evidence.too_big(limits.evidenceMaxFileMb) }[checked.reason];
    return { field: 'file', message: say };
  }
  const [staged, used] = await Promise.all([
    prisma.evidence.count({ where: { taskId, uploadedById: actor.id, ...STAGED } }),
    actor.unitId === null ? null : prisma.evidence.aggregate({ where: { unitId: actor.unitId }, _sum: { size: true } }),
  ]);
  const over = checkAddition(staged + more, used?._sum.size ?? 0, bytes.byteLength, limits);
  if (over)
    return { field: 'file', message: over === 'too_many' ? m.evidence.too_many(limits.evidenceMaxFiles) : m.evidence.quota(limits.evidenceUnitQuotaMb) };

  const versions = checked.kind === 'image' ? await imageVersions(bytes, detected.mime) : null;
  if (checked.kind === 'image' && !versions) return { field: 'file', message: m.evidence.notImage };
  const store = fileStore();
  const [sha256, screenSha256, thumbSha256] = await Promise.all([
    store.put(bytes),
    versions ? store.put(versions.screen) : null,
    versions ? store.put(versions.thumb) : null,
  ]);
  const fileName = file.name.slice(0, 200) || 'file';
  return { stored: { caption: caption.data, fileName, mime: detected.mime, kind: checked.kind, size: bytes.byteLength, sha256, screenSha256, thumbSha256 } };
}

/**
 * The files posted with a form itself, in its `evidenceFile` fields with the caption in
 * `evidenceCaption` — a browser without JavaScript sends them; with JavaScript each file went up on
 * its own and the field is empty — each checked and stored (`storeFile`); the rows are the caller's
 * to write with what they came with (`recordFile`). The caller has checked the actor's right.
 */
async function storePostedFiles(actor: Actor, taskId: number, formData: FormData): Promise<{ files: StoredFile[] } | { message: string }> {
  const files: StoredFile[] = [];
  const caption = formData.get('evidenceCaption');
  for (const f of formData.getAll('evidenceFile')) {
    // No file chosen: an empty part (as the browser sends it, or as React's fetch re-sends it, named "blob").
    if (!(f instanceof File) || f.size === 0) continue;
    const checked = await storeFile(actor, taskId, typeof caption === 'string' ? caption : '', f, files.length);
    if ('field' in checked) return { message: checked.message };
    files.push(checked.stored);
  }
  return { files };
}

/** Writes a stored file's row, staged or already attached (`to`), audited, in the caller's transaction. */
export async function recordFile(
  tx: Prisma.TransactionClient,
  actor: Actor,
  taskId: number,
  f: StoredFile,
  to: typeof STAGED | { updateId: number } | { noticeEventId: number },
): Promise<number> {
  const e = await tx.evidence.create({ data: { taskId, uploadedById: actor.id, unitId: actor.unitId, ...f, ...to }, select: { id: true } });
  await audit(tx, {
    actorId: actor.id,
    action: 'evidence.uploaded',
    entityType: 'Evidence',
    entityId: e.id,
    taskId,
    after: { caption: f.caption, fileName: f.fileName, mime: f.mime, size: f.size, sha256: f.sha256 },
  });
  return e.id;
}

/**
 * The 佐证材料 a form brings: the files staged for it (their ids in `evidenceIds`, each uploaded on
 * its own by the page's script) and the files posted with the form itself (without a script).
 */
export type FormEvidence = { ids: number[]; files: StoredFile[] };
export const NO_EVIDENCE: FormEvidence = { ids: [], files: [] };

/**
 * Reads a form's 佐证材料 before its write (the posted files checked and stored); malformed ids or
 * a posted file that fails its checks is the `message` for the form's evidence section.
 */
export async function evidenceOfForm(
  actor: Actor,
  taskId: number,
  values: Record<string, string>,
  formData: FormData,
): Promise<FormEvidence | { message: string }> {
  const staged = parseEvidenceIds(values.evidenceIds);
  if (!staged.ok) return { message: staged.message };
  const posted = await storePostedFiles(actor, taskId, formData);
  if ('message' in posted) return posted;
  return { ids: staged.ids, files: posted.files };
}

/**
 * Attaches a form's 佐证材料 to what it came with, in the caller's write transaction: the staged files
 * (any id not this actor's staged file for the task refuses the whole write) and the rows of the
 * posted ones.
 */
export async function attachEvidence(
  tx: Prisma.TransactionClient,
  actor: Actor,
  taskId: number,
  e: FormEvidence,
  to: { updateId: number } | { noticeEventId: number },
): Promise<void> {
  await attachStaged(tx, e.ids, { taskId, actorId: actor.id }, to);
  for (const f of e.files) await recordFile(tx, actor, taskId, f, to);
}

export async function uploadEvidence(form: FormData): Promise<EvidenceUploadState> {
  const values = { caption: String(form.get('caption') ?? ''), taskId: String(form.get('taskId') ?? '') };
  const actor = await getSession();
  if (!actor) return { status: 'error', message: m.sessionEnded, values };
  const taskId = Number(values.taskId);
  const task = Number.isSafeInteger(taskId)
    ? await prisma.task.findUnique({ where: { id: taskId }, select: { id: true, units: { select: { unitId: true } }, planYear: { select: { status: true } } } })
    : null;
  if (!task) return { status: 'error', message: m.notFound, values };
  if (!can(actor, 'submit_update', { unitIds: task.units.map((u) => u.unitId) })) return { status: 'error', message: m.forbidden, values };
  if (task.planYear.status !== 'ACTIVE') return { status: 'error', message: m.yearClosed, values };

  const file = form.get('file');
  if (!(file instanceof File)) {
    const caption = captionSchema.safeParse(values.caption);
    return caption.success ? refuse('file', m.evidence.empty, values) : refuse('caption', caption.error.issues[0]!.message, values);
  }
  const checked = await storeFile(actor, taskId, values.caption, file);
  if ('field' in checked) return refuse(checked.field, checked.message, values);
  const f = checked.stored;
  const id = await writeTransaction((tx) => recordFile(tx, actor, taskId, f, STAGED));
  return { status: 'ok', message: '', evidence: { id, caption: f.caption, fileName: f.fileName, kind: f.kind, size: f.size } };
}
