// GET /export/evaluation?year=&asOf= — 结果考评 with its breakdown as CSV (signed-in users).
import { csvResponse } from '@/lib/data/exports';
import { getLeadership } from '@/lib/data/leadership';
import { round1OrNull } from '@/lib/domain/numbers';
import { toCsv } from '@/lib/domain/csv';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(req: Request) {
  const data = await getLeadership(Object.fromEntries(new URL(req.url).searchParams));
  const scores = await data?.evaluation;
  if (!data || !scores) return csvResponse(null);
  const rows = scores.map((u) => [
    u.rank ?? '',
    u.unit.name,
    u.score ?? '',
    ...u.parts.flatMap((p) => [round1OrNull(p.pct) ?? '', p.total ? `${p.good}/${p.total}` : '']),
  ]);
  return csvResponse({ filename: t.evaluation.file(data.snap.year, data.asOf), body: toCsv([...t.evaluation.csvHeader], rows) });
}
