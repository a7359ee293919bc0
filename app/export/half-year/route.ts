// GET /export/half-year?year=&asOf= — the half-year versus target table as CSV.
import { csvResponse, halfYearCsv } from '@/lib/data/exports';

export async function GET(req: Request) {
  return csvResponse(await halfYearCsv(Object.fromEntries(new URL(req.url).searchParams)));
}
