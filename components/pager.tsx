// Pages of a long table: 上一页 / 第k页 / 下一页 as links keeping the screen's other parameters;
// on paper, the line saying which page of how many.
import Link from 'next/link';
import { t } from '@/lib/i18n/zh-CN';

export function Pager({
  pathname,
  query,
  page,
  pages,
  total,
  summary,
}: {
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  pages: number;
  total: number;
  /** The line after the links (default: pages and table rows). */
  summary?: string;
}) {
  if (pages <= 1) return null;
  const c = t.pager;
  const href = (n: number) => ({ pathname, query: Object.fromEntries(Object.entries({ ...query, page: String(n) }).filter(([, v]) => v)) });
  const link = 'rounded border border-gray-300 bg-white px-2 py-1 hover:bg-gray-50';
  const line = summary ?? c.summary(page, pages, total);
  return (
    <>
      {/* On paper: which page of how many this is (a printed page of a long year is not the whole year). */}
      <p className="hidden text-xs print:block" data-testid="pager-on-paper">
        {line}
      </p>
      <nav aria-label={c.label} className="no-print flex flex-wrap items-center gap-1 text-sm" data-testid="pager">
        {page > 1 && (
          <Link href={href(page - 1)} className={link} rel="prev">
            {c.prev}
          </Link>
        )}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <Link
            key={n}
            href={href(n)}
            aria-current={n === page ? 'page' : undefined}
            className={n === page ? 'rounded bg-gray-800 px-2 py-1 text-white' : link}
          >
            {n}
          </Link>
        ))}
        {page < pages && (
          <Link href={href(page + 1)} className={link} rel="next">
            {c.next}
          </Link>
        )}
        <span className="ml-2 text-xs text-gray-600">{line}</span>
      </nav>
    </>
  );
}
