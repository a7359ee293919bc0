// A labelled select of a GET filter form: 全部 first (no filter), then the options.
import { t } from '@/lib/i18n/zh-CN';
import { CATEGORIES } from '@/lib/domain/types';
import { Options } from '@/components/options';
import { ui } from '@/components/ui';

export function FilterSelect({
  label,
  name,
  value,
  options,
  allowAll = true,
}: {
  label: string;
  name: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  allowAll?: boolean;
}) {
  return (
    <label className={ui.filterLabel}>
      {label}
      <select name={name} defaultValue={value ?? ''} className={ui.filterField}>
        {allowAll && <option value="">{t.overview.all}</option>}
        <Options options={options} />
      </select>
    </label>
  );
}

/** The responsible-unit and category filters every list screen offers. */
export function UnitCategoryFilters({ units, unit, category }: { units: { code: string; name: string }[]; unit?: string; category?: string }) {
  return (
    <>
      <FilterSelect label={t.overview.filterUnit} name="unit" value={unit} options={units.map((u) => ({ value: u.code, label: u.name }))} />
      <FilterSelect label={t.overview.filterCategory} name="category" value={category} options={CATEGORIES.map((c) => ({ value: c, label: t.category[c] }))} />
    </>
  );
}
