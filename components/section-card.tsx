// A titled card: the unit every screen is built from (headed for screen readers by its title).
export function SectionCard({
  id,
  title,
  children,
  className = '',
  ...rest
}: { id: string; title: React.ReactNode; children: React.ReactNode; className?: string } & React.HTMLAttributes<HTMLElement>) {
  return (
    <section className={`rounded border border-gray-200 bg-white p-3 ${className}`} aria-labelledby={`${id}-h`} {...rest}>
      <h2 id={`${id}-h`} className="mb-2 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
