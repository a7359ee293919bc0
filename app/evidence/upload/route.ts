// POST /evidence/upload — one 佐证材料 file with its caption, sent by the update form with
// XMLHttpRequest so the page can show the bytes sent. The step (lib/actions/evidence-steps.ts)
// checks the caller, the task, the file's content and the limits itself; this route only refuses,
// unread, a caller who may send no file at all (signed out, a leader), a cross-site post and a body
// larger than any allowed file.
import { readUpload } from '@/lib/auth/same-origin';
import { uploadRefusal } from '@/lib/auth/route-guard';
import { uploadEvidence, type EvidenceUploadState } from '@/lib/actions/evidence-steps';
import { m } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
const json = (answer: EvidenceUploadState, status = 200) => Response.json({ answer }, { status, headers: HEADERS });
/** Above the largest per-file setting anyone should choose (and its form fields); the step applies the setting. */
const BODY_LIMIT = 200 * 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  const read = await readUpload(request, BODY_LIMIT, () => uploadRefusal('upload_evidence'));
  if ('refused' in read) {
    if (read.refused === 'caller') return json({ status: 'error', message: read.message }, read.status);
    if (read.refused === 'cross_site') return json({ status: 'error', message: m.forbidden }, read.status);
    if (read.refused === 'unreadable') return json({ status: 'error', message: m.uploadFailed }, read.status);
    return json(
      { status: 'error', message: m.fixErrors, errors: { file: [read.refused === 'too_large' ? m.evidence.too_big(200) : m.evidence.empty] } },
      read.status,
    );
  }
  return json(await uploadEvidence(read.form));
}
