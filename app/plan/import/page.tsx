// 从Excel导入: upload, preview, confirm (supervisors only).
import { forbidden } from 'next/navigation';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { ImportForm } from '@/components/forms/import-form';
import { confirmImport, previewImport } from '@/lib/actions/plan';
import { getPlanOffice } from '@/lib/data/plan-admin';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export const metadata: Metadata = { title: t.pageTitle.planImport };

export default async function ImportPage() {
  const office = await getPlanOffice('/plan/import');
  if (!office) forbidden();
  const { suggested } = office;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t.plan.import.heading}
        subtitle={t.plan.import.intro}
        above={
          <Link href="/plan" className={ui.link}>
            {t.plan.heading}
          </Link>
        }
      >
        <a href="/export/plan/template" className={ui.secondary} download>
          {t.plan.template}
        </a>
      </PageHeader>
      <SectionCard id="import" title={t.plan.import.heading}>
        <ImportForm suggestedYear={suggested} preview={previewImport} confirm={confirmImport} />
      </SectionCard>
    </div>
  );
}
