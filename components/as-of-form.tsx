// The as-of date picker (and the plan year, when there are several): a plain GET form, so it
// works without JavaScript and keeps the other filters.
import { t } from '@/lib/i18n/zh-CN';
import { YearSelect, type YearChoice } from './year-select';
import { KeptFields } from '@/components/kept-fields';
import { ui } from '@/components/ui';

export function AsOfForm({ asOf, keep, years = [] }: { asOf: string; keep: Record<string, string | undefined>; years?: YearChoice[] }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2">
      <KeptFields keep={keep} except={['year']} />
      {keep.year && <YearSelect years={years} value={Number(keep.year)} />}
      <label className={ui.filterLabel}>
        {t.asOf.label}
        <input type="date" name="asOf" defaultValue={asOf} className={ui.filterField} />
      </label>
      <button type="submit" className={ui.button}>
        {t.asOf.apply}
      </button>
    </form>
  );
}
