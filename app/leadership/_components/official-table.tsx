// 区领导牵头任务: each leader the plan names as 牵头区领导, with their tasks by status — a name leads to the
// overview filtered to their tasks. Shown where the plan names any.
import Link from 'next/link';
import { SectionCard } from '@/components/section-card';
import { TableHead } from '@/components/table-head';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { hrefWith } from '@/lib/links';
import { t } from '@/lib/i18n/zh-CN';

export function OfficialTable({ officials, keep }: { officials: LeadershipData['officials']; keep: Record<string, string | undefined> }) {
  const c = t.leadership;
  if (officials.length === 0) return null;
  return (
    <SectionCard id="officials" title={c.officials} className="print:hidden">
      <div className="overflow-x-auto" role="region" aria-label={c.officials} tabIndex={0}>
        <table className="w-full text-sm" data-testid="lead-officials">
          <TableHead columns={c.officialCols} />
          <tbody>
            {officials.map((o) => (
              <tr key={o.name} className="border-t border-gray-100" data-official={o.name}>
                <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">
                  <Link prefetch={false} href={hrefWith('/', { ...keep, official: o.name })} className={ui.inlineLink}>
                    {o.name}
                  </Link>
                </th>
                {[o.tasks, o.counts.lagging, o.counts.at_risk, o.counts.on_track, o.counts.completed].map((n, i) => (
                  <td key={i} className={ui.cell}>
                    {n}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-gray-600">{c.officialsIntro}</p>
    </SectionCard>
  );
}
