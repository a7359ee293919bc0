// The as-of date picker (and the plan year, when there are several): a plain GET form, so it
// works without JavaScript and keeps the other filters. On a published report's view it says that
// another date leaves that view (a report's date is fixed) before the reader chooses one.
import { t } from '@/lib/i18n/zh-CN';
import { YearSelect, type YearChoice } from './year-select';
import { KeptFields } from '@/components/kept-fields';
import { ui } from '@/components/ui';

export const PUBLISHED_NOTE = 'as-of-published-note';

/** Says, under a date or period choice on a published report's view, that choosing leaves that view. */
export function LeavesPublishedNote({ text }: { text: string }) {
  return (
    <p id={PUBLISHED_NOTE} className={`${ui.hint} w-full`} data-testid="as-of-published-note">
      {text}
    </p>
  );
}

export function AsOfForm({
  asOf,
  keep,
  years = [],
  published = false,
}: {
  asOf: string;
  keep: Record<string, string | undefined>;
  years?: YearChoice[];
  /** The page shows a published report's frozen data. */
  published?: boolean;
}) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2">
      <KeptFields keep={keep} except={['year']} />
      {keep.year && <YearSelect years={years} value={Number(keep.year)} />}
      <label className={ui.filterLabel}>
        {t.asOf.label}
        <input type="date" name="asOf" defaultValue={asOf} className={ui.filterField} aria-describedby={published ? PUBLISHED_NOTE : undefined} />
      </label>
      <button type="submit" className={ui.button}>
        {t.asOf.apply}
      </button>
      {published && <LeavesPublishedNote text={t.asOf.leavesPublished} />}
    </form>
  );
}
