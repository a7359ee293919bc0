// GET /export/report/docx|xlsx?year=&period=&asOf= — the report of a period from the live plan
// (approved data only), for supervisors and leaders.
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { today } from '@/lib/env';
import { getPlanYears } from '@/lib/data/plan';
import { buildLiveReport, lastLetterhead } from '@/lib/data/reports';
import { buildReportDocx } from '@/lib/reports/docx';
import { defaultLetterhead } from '@/lib/reports/letterhead';
import { buildReportXlsx } from '@/lib/reports/xlsx';
import { fileResponse, isReportFormat, reportFilename } from '@/lib/reports/files';
import { parseReportPeriod } from '@/lib/validation/report';
import { m } from '@/lib/i18n/messages';
import { t } from '@/lib/i18n/zh-CN';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(req: Request, ctx: { params: Promise<{ format: string }> }) {
  const { format } = await ctx.params;
  if (!isReportFormat(format)) return text(m.notFound, 404);
  const actor = await getSession();
  if (!actor) return text(m.signInFirst, 401);
  if (!can(actor, 'view_reports')) return text(m.forbidden, 403);
  const sp = new URL(req.url).searchParams;
  const year = Number(sp.get('year'));
  if (!(await getPlanYears()).some((y) => y.year === year)) return text(m.notFound, 404);
  const parsed = parseReportPeriod({ period: sp.get('period') ?? undefined, asOf: sp.get('asOf') ?? undefined }, year, today());
  if (!parsed.ok) return text(Object.values(parsed.errors).flat().join('；'), 400);
  const live = await buildLiveReport(parsed.period);
  if (!live) return text(m.notFound, 404);
  // A draft carries the 公文 parts the office last published with, dated today (as the preview shows).
  const model = { ...live.model, letterhead: defaultLetterhead(live.model, today(), await lastLetterhead()) };
  const bytes = format === 'docx' ? await buildReportDocx(model) : await buildReportXlsx(model, new Date());
  return fileResponse(bytes, reportFilename(live.model, format, t.report.draftSuffix), format);
}
