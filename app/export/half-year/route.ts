// GET /export/half-year?year=&asOf= [&format=xlsx] — 半年对标 as the page shows it (period, filters, order; as published with ?snapshot=), as CSV or Excel.
import { listRoute, halfYearList } from '@/lib/data/exports';

export const GET = listRoute(halfYearList);
