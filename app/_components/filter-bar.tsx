// The overview's filters (status, unit, category, 牵头区领导 where the plan names any, words), the count shown
// and the tasks listed as CSV or Excel. On a published view (?snapshot=) the filters stay in it.
import Link from 'next/link';
import { FilterSelect, UnitCategoryFilters } from '@/components/filter-select';
import { ui } from '@/components/ui';
import { anyFilter, type Filters } from '@/lib/domain/overview';
import { STATUS_ORDER } from '@/lib/domain/status';
import { statusLabel, t } from '@/lib/i18n/zh-CN';
import type { ExportLinks } from '@/lib/links';

const exportLink = 'rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50';

export function FilterBar({
  year,
  asOf,
  isDefaultAsOf,
  units,
  officials,
  filters,
  shown,
  total,
  snapshot,
  files,
}: {
  year: number;
  asOf: string;
  isDefaultAsOf: boolean;
  units: { code: string; name: string }[];
  /** The 牵头区领导 the plan names (none: no such filter). */
  officials: string[];
  filters: Filters;
  shown: number;
  total: number;
  /** A published report's id when the page shows it as published: filtering stays in that view. */
  snapshot?: number;
  /** The tasks listed as CSV and as Excel (the filters and the view the page has). */
  files: ExportLinks;
}) {
  const filtered = anyFilter(filters);
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2 rounded border border-gray-200 bg-white p-3" aria-label={t.overview.filters}>
      <input type="hidden" name="year" value={year} />
      {snapshot ? <input type="hidden" name="snapshot" value={snapshot} /> : !isDefaultAsOf && <input type="hidden" name="asOf" value={asOf} />}
      <FilterSelect
        label={t.overview.filterStatus}
        name="status"
        value={filters.status}
        options={STATUS_ORDER.map((s) => ({ value: s, label: statusLabel(s) }))}
      />
      <UnitCategoryFilters units={units} unit={filters.unit} category={filters.category} />
      {officials.length > 0 && (
        <FilterSelect
          label={t.overview.filterOfficial}
          name="official"
          value={filters.official}
          options={[...new Set([...officials, ...(filters.official ? [filters.official] : [])])].map((n) => ({ value: n, label: n }))}
        />
      )}
      <label className={ui.filterLabel}>
        {t.overview.search}
        <input type="search" name="q" defaultValue={filters.q ?? ''} placeholder={t.overview.searchPlaceholder} className={ui.filterField} />
      </label>
      <button type="submit" className={ui.button}>
        {t.overview.apply}
      </button>
      <Link
        href={{ pathname: '/', query: snapshot ? { year: String(year), snapshot: String(snapshot) } : isDefaultAsOf ? { year } : { year: String(year), asOf } }}
        className="px-2 py-1.5 text-sm text-blue-800 hover:underline"
      >
        {t.overview.clear}
      </Link>
      <span className="ml-auto text-xs text-gray-600" role="status">
        {t.overview.shown(shown, total)}
      </span>
      <a href={files.csv} className={exportLink} download data-testid="tasks-csv">
        {filtered ? t.export.csvShown(shown) : t.export.csv}
      </a>
      <a href={files.xlsx} className={exportLink} download data-testid="tasks-xlsx">
        {filtered ? t.export.xlsxShown(shown) : t.export.xlsx}
      </a>
    </form>
  );
}
