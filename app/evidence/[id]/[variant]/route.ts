// GET /evidence/:id/:variant (original | screen | thumb) — a 佐证材料 file for whoever may read the
// update it belongs to (lib/data/evidence.ts decides; anything else is a plain 404, which says
// nothing about whether the file exists). Sent by evidenceResponse: detected type, nosniff,
// sandboxed, documents as downloads.
import { getEvidenceFile } from '@/lib/data/evidence';
import { evidenceResponse, isVariant } from '@/lib/files/response';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; variant: string }> }): Promise<Response> {
  const { id, variant } = await params;
  return evidenceResponse(isVariant(variant) && /^\d+$/.test(id) ? await getEvidenceFile(Number(id), variant) : null);
}
