// A screen's heading: title, a line under it, and the controls on the right (date, print, export).
export function PageHeader({ title, subtitle, above, children }: { title: React.ReactNode; subtitle?: React.ReactNode; above?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {above && <p className="text-sm text-gray-600">{above}</p>}
        <h1 className="text-xl font-bold">{title}</h1>
        {subtitle && <p className="text-sm text-gray-600">{subtitle}</p>}
      </div>
      {children && <div className="flex flex-wrap items-end gap-2">{children}</div>}
    </div>
  );
}
