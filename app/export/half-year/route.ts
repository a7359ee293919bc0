// GET /export/half-year?year=&asOf= [&format=xlsx] — 半年对标 as the page shows it (period, filters, order; as published with ?snapshot=), as CSV or Excel.
import { listResponse, halfYearList } from '@/lib/data/exports';

export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  return listResponse(await halfYearList(Object.fromEntries(sp)), sp.get('format'));
}
