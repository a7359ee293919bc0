// GET /export/evaluation?year=&asOf=[&format=xlsx] — 结果考评 with its breakdown as CSV or Excel (signed-in users).
import { evaluationList, listResponse } from '@/lib/data/exports';

export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  return listResponse(await evaluationList(Object.fromEntries(sp)), sp.get('format'));
}
