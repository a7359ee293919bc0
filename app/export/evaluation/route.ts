// GET /export/evaluation?year=&asOf=[&format=xlsx] — 结果考评 with its breakdown as CSV or Excel (signed-in users).
import { listRoute, evaluationList } from '@/lib/data/exports';

export const GET = listRoute(evaluationList);
