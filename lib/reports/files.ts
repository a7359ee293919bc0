// Both files of a report, their SHA-256, and how they are sent to the browser.
import { createHash } from 'node:crypto';
import type { ReportModel } from '@/lib/domain/report';
import { t } from '@/lib/i18n/zh-CN';
import { buildReportDocx } from './docx';
import { buildReportXlsx } from './xlsx';

export type ReportFormat = 'docx' | 'xlsx';
export const REPORT_FORMATS: ReportFormat[] = ['docx', 'xlsx'];
export const isReportFormat = (s: string): s is ReportFormat => (REPORT_FORMATS as string[]).includes(s);

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function buildReportFiles(model: ReportModel, when: Date) {
  const [docx, xlsx] = await Promise.all([buildReportDocx(model, when), buildReportXlsx(model, when)]);
  return { docx, xlsx, docxSha256: sha256(docx), xlsxSha256: sha256(xlsx) };
}

export const reportFilename = (model: Pick<ReportModel, 'year' | 'kind' | 'asOf'>, format: ReportFormat, suffix = '') =>
  `${t.report.files(model.year, model.kind, model.asOf)}${suffix}.${format}`;

export function fileResponse(bytes: Uint8Array, filename: string, format: ReportFormat, extra: Record<string, string> = {}): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
      ...extra,
    },
  });
}
