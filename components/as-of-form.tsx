// The as-of date picker (and the plan year, when there are several): a plain GET form, so it
// works without JavaScript and keeps the other filters.
import { t } from '@/lib/i18n/zh-CN';

export function AsOfForm({ asOf, keep, years = [] }: { asOf: string; keep: Record<string, string | undefined>; years?: number[] }) {
  const chooseYear = years.length > 1;
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([k, v]) => (v && !(chooseYear && k === 'year') ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {chooseYear && (
        <label className="flex flex-col text-xs text-gray-600">
          {t.asOf.year}
          <select name="year" defaultValue={keep.year} className="rounded border border-gray-300 px-2 py-1 text-sm text-gray-900">
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col text-xs text-gray-600">
        {t.asOf.label}
        <input type="date" name="asOf" defaultValue={asOf} className="rounded border border-gray-300 px-2 py-1 text-sm text-gray-900" />
      </label>
      <button type="submit" className="rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700">
        {t.asOf.apply}
      </button>
    </form>
  );
}
