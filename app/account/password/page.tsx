// 修改密码: one's own password; the only page open to an account on a one-time password.
import { one, type SearchParams } from '@/lib/search-params';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { ChangePasswordForm } from '@/components/forms/account-forms';
import { changePassword } from '@/lib/actions/account';
import { getSession } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/redirect';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: t.pageTitle.password };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = one((await searchParams).next);
  const actor = await getSession();
  if (!actor) redirect('/login?next=%2Faccount%2Fpassword');
  return (
    <div className="space-y-4">
      <PageHeader title={t.password.heading} />
      {actor.mustChangePassword && (
        <p role="status" className="rounded bg-risk-bg p-2 text-sm">
          {t.password.mustChange}
        </p>
      )}
      <ChangePasswordForm action={changePassword} returnTo={safeNextPath(next)} />
    </div>
  );
}
