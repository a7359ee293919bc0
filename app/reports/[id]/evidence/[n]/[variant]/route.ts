// GET /reports/:id/evidence/:n/:variant — the n-th 佐证材料 file (1-based, as the published list
// numbers it) of a published report, by the hash frozen with it: the same bytes after the update's
// files change. For report readers (lib/data/evidence.ts decides); anything else is a plain 404.
import { getReportEvidenceFile } from '@/lib/data/evidence';
import { evidenceResponse, isVariant } from '@/lib/files/response';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; n: string; variant: string }> }): Promise<Response> {
  const { id, n, variant } = await params;
  const ok = isVariant(variant) && /^\d+$/.test(id) && /^[1-9]\d*$/.test(n);
  return evidenceResponse(ok ? await getReportEvidenceFile(Number(id), Number(n) - 1, variant) : null);
}
