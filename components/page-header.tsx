// A screen's heading: title, a line under it, and the controls on the right (date, print, export).
import { ui } from '@/components/ui';

export function PageHeader({
  title,
  subtitle,
  above,
  children,
}: {
  title: React.ReactNode;
  subtitle?: React.ReactNode;
  above?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {above && <p className={ui.hint}>{above}</p>}
        <h1 className="text-xl font-bold">{title}</h1>
        {subtitle && <p className={ui.hint}>{subtitle}</p>}
      </div>
      {children && <div className="flex flex-wrap items-end gap-2">{children}</div>}
    </div>
  );
}
