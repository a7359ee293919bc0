// A data table's header row: one column header per name, scoped for screen readers.
import { ui } from '@/components/ui';

export function TableHead({ columns, className = 'text-left text-xs text-gray-600' }: { columns: readonly string[]; className?: string }) {
  return (
    <thead>
      <tr className={className}>
        {columns.map((h) => (
          <th key={h} scope="col" className={ui.cell}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
