// The update form's list of staged 佐证材料 (a hidden field: ids joined by commas, as the upload
// answered them). Malformed input is refused as a whole; whether each id is the caller's staged file
// for this task is checked when the update is written (lib/actions/updates.ts).
import { z } from 'zod';
import { m } from '@/lib/i18n/messages';

const schema = z
  .string()
  .trim()
  .regex(/^(\d{1,9}(,\d{1,9}){0,49})?$/, m.evidence.notStaged)
  .transform((s) => [...new Set(s ? s.split(',').map(Number) : [])]);

export function parseEvidenceIds(raw: string | undefined): { ok: true; ids: number[] } | { ok: false; message: string } {
  const r = schema.safeParse(raw ?? '');
  return r.success ? { ok: true, ids: r.data } : { ok: false, message: r.error.issues[0]!.message };
}
