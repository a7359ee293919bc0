// GET /export/plan/2023 — a plan year as the plan workbook (计划表); /export/plan/template — the blank one.
import { routeCaller, textResponse } from '@/lib/auth/route-guard';
import { getPlanSnapshot } from '@/lib/data/plan';
import { buildPlanWorkbook } from '@/lib/plan-import/workbook';
import { unitDirectory } from '@/lib/plan-import/units';
import { fileResponse } from '@/lib/reports/files';
import { m } from '@/lib/i18n/messages';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(_req: Request, ctx: { params: Promise<{ year: string }> }) {
  const { year } = await ctx.params;
  const caller = await routeCaller('edit_plan');
  if ('refusal' in caller) return caller.refusal;
  if (year === 'template')
    return fileResponse(
      await buildPlanWorkbook(
        null,
        (await unitDirectory()).map((u) => u.name),
      ),
      t.plan.templateFile,
      'xlsx',
    );
  const snap = /^\d{4}$/.test(year) ? await getPlanSnapshot(Number(year)) : null;
  if (!snap) return textResponse(m.notFound, 404);
  return fileResponse(await buildPlanWorkbook(snap), t.plan.planFile(snap.year), 'xlsx');
}
