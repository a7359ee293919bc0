import type { Metadata, Viewport } from 'next';
import './globals.css';
import { SiteHeader } from '@/components/site-header';
import { PrintOpenDetails } from '@/components/print-open-details';
import { RouteFocus } from '@/components/route-focus';
import { t } from '@/lib/i18n/zh-CN';

export const metadata: Metadata = {
  title: { default: t.app.title, template: `%s · ${t.app.title}` },
  // Leaders pin the dashboard to a phone's home screen.
  manifest: '/manifest.webmanifest',
  icons: { icon: '/favicon.svg', apple: '/apple-touch-icon.png' },
  appleWebApp: { title: t.app.shortTitle, capable: true },
};
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-gray-50 text-gray-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          {t.app.skipToContent}
        </a>
        <SiteHeader />
        <PrintOpenDetails />
        <RouteFocus />
        <main id="main" className="mx-auto max-w-7xl px-3 py-4 sm:px-4">
          {children}
        </main>
      </body>
    </html>
  );
}
