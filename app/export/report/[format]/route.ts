// GET /export/report/docx|xlsx?year=&period=&asOf= — the report of a period from the live plan
// (approved data only), for supervisors and leaders.
import { routeCaller, textResponse } from '@/lib/auth/route-guard';
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

export async function GET(req: Request, ctx: { params: Promise<{ format: string }> }) {
  const { format } = await ctx.params;
  if (!isReportFormat(format)) return textResponse(m.notFound, 404);
  const caller = await routeCaller('view_reports');
  if ('refusal' in caller) return caller.refusal;
  const sp = new URL(req.url).searchParams;
  const year = Number(sp.get('year'));
  if (!(await getPlanYears()).some((y) => y.year === year)) return textResponse(m.notFound, 404);
  const parsed = parseReportPeriod({ period: sp.get('period') ?? undefined, asOf: sp.get('asOf') ?? undefined }, year, today());
  if (!parsed.ok) return textResponse(Object.values(parsed.errors).flat().join('；'), 400);
  const live = await buildLiveReport(parsed.period);
  if (!live) return textResponse(m.notFound, 404);
  // A draft carries the 公文 parts the office last published with, dated today (as the preview shows).
  const model = { ...live.model, letterhead: defaultLetterhead(live.model, today(), await lastLetterhead()) };
  const bytes = format === 'docx' ? await buildReportDocx(model) : await buildReportXlsx(model, new Date());
  return fileResponse(bytes, reportFilename(live.model, format, t.report.draftSuffix), format);
}
