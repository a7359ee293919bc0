// 404 in Chinese, with the way back.
import Link from 'next/link';
import { t } from '@/lib/i18n/zh-CN';
import { ui } from '@/components/ui';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-3 rounded border border-gray-200 bg-white p-5">
      <h1 className="text-lg font-bold">{t.common.notFoundHeading}</h1>
      <p className="text-sm text-gray-700">{t.common.notFoundHint}</p>
      <Link href="/" className={ui.link}>
        {t.common.backHome}
      </Link>
    </div>
  );
}
