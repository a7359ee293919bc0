// The as-of date picker (and the plan year, when there are several): a plain GET form, so it
// works without JavaScript and keeps the other filters.
import { t } from '@/lib/i18n/zh-CN';
import { YearSelect, type YearChoice } from './year-select';
import { ui } from '@/components/ui';

export function AsOfForm({ asOf, keep, years = [] }: { asOf: string; keep: Record<string, string | undefined>; years?: YearChoice[] }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([k, v]) => (v && k !== 'year' ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {keep.year && <YearSelect years={years} value={Number(keep.year)} />}
      <label className="flex flex-col text-xs text-gray-600">
        {t.asOf.label}
        <input type="date" name="asOf" defaultValue={asOf} className="rounded border border-gray-300 px-2 py-1 text-sm text-gray-900" />
      </label>
      <button type="submit" className={ui.button}>
        {t.asOf.apply}
      </button>
    </form>
  );
}
