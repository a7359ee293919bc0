// 较上期变化: a comparison date (one week back unless chosen; a plain GET form, so it works without
// JavaScript and keeps the year and the as-of date), one sentence of what moved, and each task whose
// status moved — from what to what, and why it stands where it does now (drawn by ./rows from the
// words ./worded shapes, as the 驾驶舱's other lists).
import { SectionCard } from '@/components/section-card';
import { ShowAll } from '@/components/show-all';
import { KeptFields } from '@/components/kept-fields';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { sinceShortcuts } from '@/lib/domain/changes';
import { alertsShown } from '@/lib/domain/overview';
import { hrefWith } from '@/lib/links';
import Link from 'next/link';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { ChangeRows } from './rows';
import { changeRows } from './worded';

type Comparison = NonNullable<LeadershipData['comparison']>;

function SinceForm({ value, error, keep, year }: { value: string; error: Comparison['error']; keep: Record<string, string | undefined>; year: number }) {
  const c = t.leadership.changes;
  return (
    <form method="get" className="no-print mb-2 flex flex-wrap items-end gap-2" action="/leadership#changes-h">
      <KeptFields keep={keep} />
      <label className={ui.filterLabel}>
        {c.since}
        <input
          type="date"
          name="since"
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'since-error' : undefined}
          className={ui.filterField}
        />
      </label>
      <button type="submit" className={ui.button}>
        {c.apply}
      </button>
      {error && (
        <p id="since-error" role="alert" className="w-full text-sm text-lagging">
          {c.error(year)[error]}
        </p>
      )}
    </form>
  );
}

/** The dates a 调度 usually compares with, a tap each (no date to type on a phone); the one shown marked. */
function Shortcuts({ asOf, year, current, keep }: { asOf: string; year: number; current: string | null; keep: Record<string, string | undefined> }) {
  const c = t.leadership.changes;
  const list = sinceShortcuts(asOf, year);
  if (list.length === 0) return null;
  return (
    <nav aria-label={c.shortcuts} className="no-print mb-2 flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="changes-shortcuts">
      <span className="text-gray-600">{c.shortcuts}：</span>
      {list.map((x) =>
        x.since === current ? (
          <span key={x.key} aria-current="true" className="font-semibold">
            {c.shortcut[x.key]}
          </span>
        ) : (
          <Link key={x.key} prefetch={false} href={`${hrefWith('/leadership', { ...keep, since: x.since })}#changes-h`} className={ui.inlineLink}>
            {c.shortcut[x.key]}
          </Link>
        ),
      )}
    </nav>
  );
}

/** The whole list as CSV and Excel for the 调度会's papers, at the two dates shown. */
function Downloads({ query }: { query: Record<string, string> }) {
  const c = t.leadership.changes;
  const href = (format?: string) => hrefWith('/export/changes', { ...query, format });
  return (
    <div className="mt-2 flex flex-wrap gap-2" data-testid="changes-downloads">
      <a href={href()} className={ui.secondary} download>
        {c.csv}
      </a>
      <a href={href('xlsx')} className={ui.secondary} download>
        {c.xlsx}
      </a>
    </div>
  );
}

export function Changes({
  comparison,
  asOf,
  year,
  keep,
  link,
  all,
  allHref,
}: {
  comparison: Comparison;
  asOf: string;
  year: number;
  /** What the form keeps: the year and a chosen as-of date. */
  keep: Record<string, string | undefined>;
  link: (n: number) => string;
  /** The whole list (?changes=all), not its first 20. */
  all: boolean;
  allHref: string;
}) {
  const c = t.leadership.changes;
  const r = comparison.result;
  // A year of 190 tasks compared over a month may move dozens: the gravest 20, the rest on asking.
  const { shown } = alertsShown(r?.changes ?? [], all);
  return (
    <SectionCard id="changes" title={c.heading} className="print:hidden">
      <p className={`mb-2 ${ui.hint}`}>{c.intro}</p>
      <SinceForm value={comparison.error ? comparison.asked : (r?.since ?? '')} error={comparison.error} keep={keep} year={year} />
      <Shortcuts asOf={asOf} year={year} current={r?.since ?? null} keep={keep} />
      {!r && !comparison.error && <p className={ui.hint}>{c.none}</p>}
      {r && (
        <>
          <p className="text-sm font-medium" data-testid="changes-summary">
            {c.summary(fmtDate(r.since), fmtDate(asOf), r.counts, r.unchanged, r.reported, r.tasks)}
          </p>
          {shown.length > 0 && <ChangeRows rows={changeRows(shown, link)} />}
          {r.changes.length > 0 && <Downloads query={{ year: String(year), asOf, since: r.since }} />}
          <ShowAll
            shown={shown.length}
            total={r.changes.length}
            summary={c.more(shown.length, r.changes.length)}
            label={c.all}
            href={allHref}
            testId="changes-more"
          />
        </>
      )}
    </SectionCard>
  );
}
