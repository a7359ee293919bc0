// 佐证材料: which files a unit may attach as evidence, judged by their content (the type detected
// from the bytes, never the name), within the limits of the settings; and when a reviewer should be
// told that a large change came without any.

/** A type detected from a file's first bytes (file-type's answer), or undefined when nothing matched (text, SVG, HTML…). */
export type Detected = { mime: string; ext: string } | undefined;
export type EvidenceKind = 'image' | 'pdf' | 'document';

/**
 * What may be attached: photos (JPEG, PNG, WebP, and HEIC/HEIF as iPhones save them — shown as JPEG
 * versions made on the server), PDF, Word/Excel (OOXML and the old binary formats, as WPS saves them).
 */
const ACCEPTED: Record<string, EvidenceKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/heic': 'image',
  'image/heif': 'image',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
  'application/x-cfb': 'document', // .doc / .xls / .wps (Compound File Binary)
};

/** The file picker's hint (accept=); the server decides by content all the same. */
export const ACCEPT_ATTR = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,.pdf,.doc,.docx,.xls,.xlsx,.wps,.et';

/** Photo formats browsers show; others (HEIC) are decoded on the server into JPEG versions. */
export const BROWSER_IMAGES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

export type Limits = { evidenceMaxFileMb: number; evidenceMaxFiles: number; evidenceUnitQuotaMb: number };
export type FileRefusal = 'empty' | 'type' | 'too_big';
export type SubmissionRefusal = 'too_many' | 'quota';

const MB = 1024 * 1024;

/** One file: its kind, or why it is refused. */
export function checkFile(detected: Detected, size: number, limits: Limits): { ok: true; kind: EvidenceKind } | { ok: false; reason: FileRefusal } {
  if (size === 0) return { ok: false, reason: 'empty' };
  const kind = detected ? ACCEPTED[detected.mime] : undefined;
  if (!kind) return { ok: false, reason: 'type' };
  if (size > limits.evidenceMaxFileMb * MB) return { ok: false, reason: 'too_big' };
  return { ok: true, kind };
}

/** One more file of `size` bytes for a submission that has `count` and a unit that has used `usedBytes`. */
export function checkAddition(count: number, usedBytes: number, size: number, limits: Limits): SubmissionRefusal | null {
  if (count + 1 > limits.evidenceMaxFiles) return 'too_many';
  if (usedBytes + size > limits.evidenceUnitQuotaMb * MB) return 'quota';
  return null;
}

/**
 * The indicators whose figure moved by at least `flagPts` points of its target since the last
 * approved one, when the update brings no evidence: the reviewer is told to ask for some. A figure
 * without a target or without an earlier figure is not judged here.
 */
export function unevidencedJumps(
  values: { indicatorId: number; value: number; previous: number | null; target: number | null }[],
  evidenceCount: number,
  flagPts: number,
): { indicatorId: number; points: number }[] {
  if (evidenceCount > 0 || flagPts <= 0) return [];
  return values.flatMap((v) => {
    if (v.previous === null || v.target === null || v.target === 0) return [];
    const points = (Math.abs(v.value - v.previous) / Math.abs(v.target)) * 100;
    return points >= flagPts ? [{ indicatorId: v.indicatorId, points: Math.round(points * 10) / 10 }] : [];
  });
}

/**
 * How a file's original is sent: documents are downloaded, never shown in the browser (a PDF or
 * Office file is not rendered by us); so is a photo browsers cannot show (HEIC), whose JPEG versions are shown instead.
 */
export const dispositionOf = (kind: EvidenceKind, mime: string): 'inline' | 'attachment' =>
  kind === 'image' && BROWSER_IMAGES.includes(mime) ? 'inline' : 'attachment';

/** A staged file: uploaded, attached to nothing yet (neither an update nor a notice's step). */
export const STAGED = { updateId: null, noticeEventId: null } as const;

/**
 * The store's clean-up (`npm run files:prune`): a staged file never sent is removed after
 * `stagedDays`; bytes that no file row and no published report name are removed once untouched for
 * `graceHours` (an upload stores its bytes a moment before it writes its row, and storing bytes that
 * are already there touches them).
 */
export const PRUNE = { stagedDays: 30, graceHours: 24 } as const;
const HOUR_MS = 3_600_000;

/** Whether a staged file uploaded at `uploadedAt` has waited longer than `stagedDays` at `now`. */
export const stagedExpired = (uploadedAt: Date, now: Date, stagedDays: number = PRUNE.stagedDays): boolean =>
  now.getTime() - uploadedAt.getTime() > stagedDays * 24 * HOUR_MS;

/** Whether stored bytes nothing names, last written or touched at `touched`, may be removed at `now`. */
export const unnamedPrunable = (touched: Date, now: Date, graceHours: number = PRUNE.graceHours): boolean =>
  now.getTime() - touched.getTime() > graceHours * HOUR_MS;
