// The import page's upload: the browser sends the form with XMLHttpRequest, which reports upload
// progress (a server action's fetch does not), and reads the answer as it comes. This route only
// carries the steps of lib/actions/import-steps.ts — they check the caller, the form and the file
// themselves, exactly as the import actions do — after refusing, unread, a caller who is not the
// office, a cross-site post and a body over the cap. Preview answers with one JSON object; confirmation
// streams NDJSON: `{"progress":{"written":n,"total":N}}` lines while tasks are written, then
// `{"answer":…}`.
import { readUpload } from '@/lib/auth/same-origin';
import { uploadRefusal } from '@/lib/auth/route-guard';
import { IMPORT_LIMITS } from '@/lib/plan-import/read-xlsx';
import { prepareConfirm, runPreview, type ImportState } from '@/lib/actions/import-steps';
import { m } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
const json = (answer: ImportState, status = 200) => Response.json({ answer }, { status, headers: HEADERS });
/** The form's own fields besides the file are small: a body this much over the file cap is refused unread. */
const BODY_LIMIT = IMPORT_LIMITS.bytes + 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  // Only the office imports: anyone else's workbook is refused unread (the steps check again).
  const read = await readUpload(request, BODY_LIMIT, () => uploadRefusal('edit_plan'));
  if ('refused' in read) {
    if (read.refused === 'caller') return json({ status: 'error', message: read.message }, read.status);
    const file = { no_length: [m.chooseFile], too_large: [m.importRead.too_large], unreadable: [m.importRead.corrupted], cross_site: [] }[read.refused];
    return json(
      read.refused === 'cross_site' ? { status: 'error', message: m.forbidden } : { status: 'error', message: m.fixErrors, errors: { file } },
      read.status,
    );
  }
  const { form } = read;
  if (form.get('step') !== 'confirm') return json(await runPreview(form));

  const ready = await prepareConfirm(form);
  if ('answer' in ready) return json(ready.answer);
  const encoder = new TextEncoder();
  let shown = -1;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (o: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(o)}\n`));
      try {
        const answer = await ready.commit((written, total) => {
          // One line per whole percent (a 2,000-task plan would otherwise send 2,000 lines).
          const pct = Math.floor((written / total) * 100);
          if (pct > shown) {
            shown = pct;
            send({ progress: { written, total } });
          }
        });
        send({ answer });
      } catch (e) {
        // The transaction rolled back: nothing written. The reason goes to the server log, not the page.
        console.error('plan import failed', e);
        send({ answer: { status: 'error', message: m.importFailed } satisfies ImportState });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { ...HEADERS, 'content-type': 'application/x-ndjson; charset=utf-8' } });
}
