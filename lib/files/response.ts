// How a 佐证材料 file goes to the browser: its detected type, never sniffed, sandboxed, documents as
// downloads, not cached by shared caches. Both file routes (an update's file, a published report's) send it so.
import { textResponse } from '@/lib/auth/route-guard';
import { m } from '@/lib/i18n/messages';

/** The versions of a file: as sent, screen-sized, thumbnail (images only for the last two). */
export type Variant = 'original' | 'screen' | 'thumb';
export const EVIDENCE_VARIANTS: readonly Variant[] = ['original', 'screen', 'thumb'];

/** A file's bytes with how it is to be sent. */
export type ServedFile = { bytes: Buffer; mime: string; fileName: string; disposition: 'inline' | 'attachment' };

/** The file, or a plain 404 that says nothing about whether it exists (the caller may not read it, or there is none). */
export function evidenceResponse(file: ServedFile | null): Response {
  if (!file) return textResponse(m.notFound, 404);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'content-type': file.mime,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': `${file.disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-cache',
    },
  });
}

export const isVariant = (s: string): s is Variant => (EVIDENCE_VARIANTS as readonly string[]).includes(s);
