// GET /reports/:id/file/docx|xlsx — a published file, byte for byte as stored at publication; its
// SHA-256 in a header so a recipient can check the copy.
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getSnapshotFile } from '@/lib/data/reports';
import { fileResponse, isReportFormat, reportFilename } from '@/lib/reports/files';
import { m } from '@/lib/i18n/messages';
import { t } from '@/lib/i18n/zh-CN';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(_req: Request, ctx: { params: Promise<{ id: string; format: string }> }) {
  const { id: raw, format } = await ctx.params;
  const actor = await getSession();
  if (!actor) return text(m.signInFirst, 401);
  if (!can(actor, 'view_reports')) return text(m.forbidden, 403);
  const id = Number(raw);
  if (!isReportFormat(format) || !Number.isInteger(id) || id <= 0) return text(m.notFound, 404);
  const file = await getSnapshotFile(id, format);
  if (!file) return text(m.notFound, 404);
  return fileResponse(file.bytes, reportFilename(file, format, t.report.publishedSuffix(id)), format, { 'X-Content-SHA256': file.sha256 });
}
