// The plan-year switch of a GET form: shown whenever there is more than one year to choose from,
// a year nobody has reported on yet marked 未开始报送.
import { ui } from '@/components/ui';
import { t } from '@/lib/i18n/zh-CN';

export type YearChoice = { year: number; notStarted: boolean };

export function YearSelect({ years, value }: { years: YearChoice[]; value: number }) {
  if (years.length <= 1) return <input type="hidden" name="year" value={value} />;
  return (
    <label className={ui.filterLabel}>
      {t.asOf.year}
      <select name="year" defaultValue={value} className={ui.filterField}>
        {years.map((y) => (
          <option key={y.year} value={y.year}>
            {t.asOf.yearOption(y.year, y.notStarted)}
          </option>
        ))}
      </select>
    </label>
  );
}
