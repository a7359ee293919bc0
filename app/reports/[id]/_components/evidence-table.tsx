// 佐证材料 a published report used, as frozen with it: each file by its SHA-256, served from the
// snapshot (/reports/:id/evidence/:n/:variant), so it opens the same bytes after the update's files change.
import { TableHead } from '@/components/table-head';
import { ui } from '@/components/ui';
import type { ReportEvidence } from '@/lib/domain/report';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

type Item = Pick<ReportEvidence, 'taskNumber' | 'updateAsOf' | 'caption' | 'fileName' | 'kind' | 'size' | 'sha256'>;

export function EvidenceTable({ snapshotId, items }: { snapshotId: number; items: Item[] }) {
  const r = t.report;
  if (items.length === 0) return <p className={ui.hint}>{r.ui.evidenceNone}</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label={r.evidenceListTitle} tabIndex={0}>
      <table className="w-full text-sm" data-testid="snapshot-evidence">
        <TableHead columns={r.evidenceColumns} />
        <tbody>
          {items.map((e, i) => {
            const base = `/reports/${snapshotId}/evidence/${i + 1}`;
            return (
              <tr key={base} className="border-t border-gray-100 align-top">
                <td className={ui.cell}>{i + 1}</td>
                <td className={ui.cell}>{e.taskNumber}</td>
                <td className={ui.cell}>
                  {e.kind === 'image' ? (
                    <a href={`${base}/screen`} className={ui.link} aria-label={t.evidence.open(e.caption)}>
                      {/* eslint-disable-next-line @next/next/no-img-element -- an authorised file: no image optimiser in between */}
                      <img src={`${base}/thumb`} alt={e.caption} loading="lazy" className="mb-1 h-16 w-16 rounded border border-gray-200 object-cover" />
                      {e.caption}
                    </a>
                  ) : (
                    <a href={`${base}/original`} download className={ui.link} aria-label={t.evidence.download(e.caption)}>
                      {e.caption}
                    </a>
                  )}
                </td>
                <td className={`${ui.cell} break-all`}>{e.fileName}</td>
                <td className={ui.cell}>{t.evidence.kind[e.kind]}</td>
                <td className={`${ui.cell} whitespace-nowrap`}>{r.fileSize(e.size)}</td>
                <td className={`${ui.cell} whitespace-nowrap`}>{fmtDate(e.updateAsOf)}</td>
                <td className={`${ui.cell} font-mono text-xs break-all text-gray-600`}>{e.sha256}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
