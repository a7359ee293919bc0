// GET /reports/:id/file/docx|xlsx — a published file, byte for byte as stored at publication; its
// SHA-256 in a header so a recipient can check the copy.
import { routeCaller, textResponse } from '@/lib/auth/route-guard';
import { getSnapshotFile } from '@/lib/data/reports';
import { fileResponse, isReportFormat, reportFilename } from '@/lib/reports/files';
import { m } from '@/lib/i18n/messages';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(_req: Request, ctx: { params: Promise<{ id: string; format: string }> }) {
  const { id: raw, format } = await ctx.params;
  const caller = await routeCaller('view_reports');
  if ('refusal' in caller) return caller.refusal;
  const id = Number(raw);
  if (!isReportFormat(format) || !Number.isInteger(id) || id <= 0) return textResponse(m.notFound, 404);
  const file = await getSnapshotFile(id, format);
  if (!file) return textResponse(m.notFound, 404);
  return fileResponse(file.bytes, reportFilename(file, format, t.report.publishedSuffix(id)), format, { 'X-Content-SHA256': file.sha256 });
}
