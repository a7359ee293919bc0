// Top navigation; hidden when printing.
import Link from 'next/link';
import { t } from '@/lib/i18n/zh-CN';

const LINKS = [
  { href: '/', label: t.nav.overview },
  { href: '/timeline', label: t.nav.timeline },
] as const;

export function SiteHeader() {
  return (
    <header className="no-print border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
        <Link href="/" className="font-semibold text-gray-900">
          {t.app.title}
        </Link>
        <nav aria-label="主导航" className="flex gap-4 text-sm">
          {LINKS.map((l) => (
            <Link key={l.href} href={l.href} className="text-gray-700 hover:text-gray-900 hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
