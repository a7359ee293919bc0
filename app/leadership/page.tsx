// 领导驾驶舱: the summary for leadership, phone first.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { ChartFrame } from '@/components/charts/chart-frame';
import { PercentBars, ProgressLine, StatusDonut } from '@/components/charts/charts';
import { CHART_COLORS } from '@/components/charts/colors';
import { PrintButton } from '@/components/print-button';
import { ReasonList } from '@/components/reason-list';
import { StatusBadge } from '@/components/status-badge';
import { getLeadership } from '@/lib/data/leadership';
import type { SearchParams } from '@/lib/data/overview';
import { STATUS_ORDER } from '@/lib/domain/status';
import { fmtDate, fmtPct } from '@/lib/i18n/format';
import { statusLabel, t } from '@/lib/i18n/zh-CN';
import { taskHref } from '@/lib/links';

export default async function LeadershipPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = await getLeadership(await searchParams);
  if (!data) notFound();
  const { snap, asOf } = data;
  const c = t.leadership;
  // Legend entries carry the counts, so the chart reads without hovering.
  const donut = STATUS_ORDER.map((s) => ({ name: `${statusLabel(s)} ${data.counts[s]}`, value: data.counts[s], fill: CHART_COLORS[s] }));
  const bars = data.projects.map((p) => ({ label: `${p.project.numeral}、${p.project.title.slice(0, 7)}`, actual: p.actualPct === null ? null : Math.round(p.actualPct * 10) / 10, expected: p.expectedPct === null ? null : Math.round(p.expectedPct * 10) / 10 }));
  const th = 'py-1 pr-2 text-left font-medium';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold">{c.heading}</h1>
          <p className="text-sm text-gray-600">{snap.title} · {t.asOf.hint(asOf)}</p>
        </div>
        <div className="flex items-end gap-2"><AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} /><PrintButton /></div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartFrame
          title={c.donut}
          table={<table className="text-sm"><thead className="text-xs text-gray-600"><tr><th className={th}>{c.status}</th><th className={th}>{c.count}</th></tr></thead><tbody>{donut.map((d) => <tr key={d.name}><td className="pr-3">{d.name}</td><td>{d.value}</td></tr>)}</tbody></table>}
        >
          <StatusDonut data={donut} />
        </ChartFrame>
        <ChartFrame
          title={c.trend}
          table={<table className="text-sm"><thead className="text-xs text-gray-600"><tr><th className={th}>{c.date}</th><th className={th}>{c.trendActual}</th><th className={th}>{c.trendExpected}</th></tr></thead><tbody>{data.trend.map((d) => <tr key={d.date}><td className="pr-3">{fmtDate(d.date)}</td><td className="pr-3">{d.actualPct === null ? '—' : fmtPct(d.actualPct)}</td><td>{d.expectedPct === null ? '—' : fmtPct(d.expectedPct)}</td></tr>)}</tbody></table>}
        >
          <ProgressLine data={data.trend} actualName={c.trendActual} expectedName={c.trendExpected} />
        </ChartFrame>
      </div>
      <ChartFrame
        title={c.projects}
        table={<table className="text-sm"><thead className="text-xs text-gray-600"><tr><th className={th}>{t.overview.projects}</th><th className={th}>{c.projectActual}</th><th className={th}>{c.projectExpected}</th></tr></thead><tbody>{bars.map((b) => <tr key={b.label}><td className="pr-3">{b.label}</td><td className="pr-3">{b.actual === null ? t.task.noFigure : fmtPct(b.actual)}</td><td>{b.expected === null ? '—' : fmtPct(b.expected)}</td></tr>)}</tbody></table>}
      >
        <PercentBars data={bars} actualName={c.projectActual} expectedName={c.projectExpected} />
      </ChartFrame>
      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="lag-h">
        <h2 id="lag-h" className="mb-2 font-semibold">{c.lagging}</h2>
        {data.lagging.length === 0 ? <p className="text-sm text-gray-600">{c.noLagging}</p> : (
          <ul className="divide-y divide-gray-100">
            {data.lagging.map(({ task, status }) => (
              <li key={task.number} className="py-2">
                <StatusBadge status={status.status} />{' '}
                <Link href={taskHref(task.number, { year: snap.year, asOf: data.isDefaultAsOf ? undefined : asOf })} className="text-sm font-medium text-blue-800 hover:underline">{t.task.number(task.number)}：{task.content.slice(0, 40)}…</Link>
                <ReasonList reasons={status.reasons} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="units-h">
        <h2 id="units-h" className="mb-2 font-semibold">{c.units}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-xs text-gray-600"><tr>{Object.values(c.unitCols).map((h) => <th key={h} className={th}>{h}</th>)}</tr></thead>
            <tbody>
              {data.units.map((u) => (
                <tr key={u.unit.code} className="border-t border-gray-100">
                  <td className="py-1 pr-2">{u.unit.name}</td>
                  <td className="py-1 pr-2">{u.tasks}</td>
                  <td className="py-1 pr-2">{u.lagging}</td>
                  <td className="py-1 pr-2">{u.overdueMilestones}</td>
                  <td className="py-1 pr-2">{u.daysSinceReport ?? t.task.never}</td>
                  <td className="py-1 pr-2">{u.onTimeRate === null ? '—' : fmtPct(u.onTimeRate * 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="due-h">
        <h2 id="due-h" className="mb-2 font-semibold">{c.dueSoon}</h2>
        {data.dueSoon.length === 0 ? <p className="text-sm text-gray-600">{c.noDueSoon}</p> : (
          <ul className="space-y-1 text-sm">
            {data.dueSoon.map((m) => <li key={`${m.taskNumber}-${m.key}`}>{fmtDate(m.dueDate)}（{c.daysLeft(m.daysLeft)}）· {t.task.number(m.taskNumber)}：{m.text}</li>)}
          </ul>
        )}
      </section>
    </div>
  );
}
