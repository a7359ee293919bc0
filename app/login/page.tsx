// Sign-in page.
import { one, type SearchParams } from '@/lib/search-params';
import { LoginForm } from '@/components/forms/login-form';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: t.pageTitle.login };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const [next, ended, kept] = [one(sp.next), one(sp.ended), one(sp.kept)];
  return (
    <div className="mx-auto max-w-sm space-y-4 rounded border border-gray-200 bg-white p-5">
      <h1 className="text-lg font-bold">{t.auth.heading}</h1>
      {ended === '1' && (
        <p role="status" className="rounded bg-risk-bg p-2 text-sm text-risk" data-testid="session-ended">
          {kept === '1' ? t.auth.draftKept : t.auth.sessionEnded}
        </p>
      )}
      <LoginForm next={next} />
    </div>
  );
}
