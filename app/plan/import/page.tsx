// 从Excel导入: upload, preview, confirm (supervisors only).
import Link from 'next/link';
import { Forbidden } from '@/components/forbidden';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { ImportForm } from '@/components/forms/import-form';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getPlanAdmin } from '@/lib/data/plan-admin';
import { today } from '@/lib/env';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export const metadata: Metadata = { title: t.pageTitle.planImport };

export default async function ImportPage() {
  const actor = await requireActor('/plan/import');
  if (!can(actor, 'edit_plan')) return <Forbidden />;
  const years = (await getPlanAdmin())!;
  const suggested = (years[0]?.year ?? Number(today().slice(0, 4))) + 1;
  return (
    <div className="space-y-4">
      <PageHeader title={t.plan.import.heading} subtitle={t.plan.import.intro} above={<Link href="/plan" className={ui.link}>{t.plan.heading}</Link>}>
        <a href="/export/plan/template" className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:border-gray-500" download>{t.plan.template}</a>
      </PageHeader>
      <SectionCard id="import" title={t.plan.import.heading}>
        <ImportForm suggestedYear={suggested} />
      </SectionCard>
    </div>
  );
}
