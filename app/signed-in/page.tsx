// 已重新登录: where a sign-in opened from a form's error summary (在新窗口登录, a session that ended
// while the form was being filled) lands. The form and what was typed into it are in the other
// window; this one says to go back there and send it again.
import Link from 'next/link';
import { ui } from '@/components/ui';
import { requireActor } from '@/lib/auth/session';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: t.pageTitle.signedIn };

export default async function SignedInPage() {
  const actor = await requireActor('/signed-in');
  const [href, name] = actor.role === 'UNIT' ? ['/my', t.nav.my] : ['/', t.nav.overview];
  return (
    <div className="mx-auto max-w-sm space-y-3 rounded border border-gray-200 bg-white p-5" data-testid="signed-in-again">
      <h1 className="text-lg font-bold">{t.auth.resumed.heading}</h1>
      <p>{t.auth.resumed.body}</p>
      <p className="text-sm text-gray-700">
        {t.auth.resumed.stay}
        <Link href={href} className={ui.inlineLink}>
          {name}
        </Link>
      </p>
    </div>
  );
}
