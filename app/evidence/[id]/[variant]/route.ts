// GET /evidence/:id/:variant (original | screen | thumb) — a 佐证材料 file for whoever may read the
// update it belongs to (lib/data/evidence.ts decides; anything else is a plain 404, which says
// nothing about whether the file exists). Served with its detected type, never sniffed, sandboxed;
// documents always as downloads.
import { getEvidenceFile, type Variant } from '@/lib/data/evidence';
import { textResponse } from '@/lib/auth/route-guard';
import { m } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

const VARIANTS: readonly Variant[] = ['original', 'screen', 'thumb'];

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; variant: string }> }): Promise<Response> {
  const { id, variant } = await params;
  const file = VARIANTS.includes(variant as Variant) && /^\d+$/.test(id) ? await getEvidenceFile(Number(id), variant as Variant) : null;
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
