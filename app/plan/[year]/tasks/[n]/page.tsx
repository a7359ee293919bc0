// Editing one task of a plan year: its content, deadline and units; its milestones, indicators and
// sub-items, each edited, removed or added.
import { one, type SearchParams } from '@/lib/search-params';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { IndicatorEditForm, ItemEditForm, MilestoneEditForm, NEW_INDICATOR, TaskEditForm } from '@/components/forms/plan-edit-forms';
import { addMilestone, editIndicator, editMilestone, editTask, removeMilestone } from '@/lib/actions/plan-edit';
import { addIndicator, addItem, editItem, removeIndicator, removeItem } from '@/lib/actions/plan-structure';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getTaskEdit } from '@/lib/data/plan-admin';
import { taskHref } from '@/lib/links';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export async function generateMetadata({ params }: { params: Promise<{ year: string; n: string }> }): Promise<Metadata> {
  const p = await params;
  return { title: t.pageTitle.planTask(p.year, p.n) };
}

const c = t.plan.edit;

export default async function TaskEditPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string; n: string }>;
  /** `saved`: the part saved without JavaScript, whose form says so (lib/actions/without-script.ts). */
  searchParams: Promise<SearchParams>;
}) {
  const [{ year, n }, sp] = await Promise.all([params, searchParams]);
  const saved = one(sp.saved);
  const actor = await requireActor(`/plan/${year}/tasks/${n}`);
  if (!can(actor, 'edit_plan')) forbidden();
  const task = /^\d{4}$/.test(year) && /^\d+$/.test(n) ? await getTaskEdit(Number(year), Number(n)) : null;
  if (!task) notFound();
  const status = task.planYear.status;
  const needsReason = status === 'ACTIVE';
  return (
    <div className="space-y-4">
      <PageHeader
        title={c.taskHeading(task.planYear.year, task.number)}
        above={
          <Link href={`/plan/${task.planYear.year}`} className={ui.link}>
            {c.back}
          </Link>
        }
      >
        <Link href={taskHref(task.number, { year: task.planYear.year })} className="text-sm text-blue-800 hover:underline">
          {c.taskLink}
        </Link>
      </PageHeader>
      {status === 'ARCHIVED' ? (
        <p role="status" className="rounded bg-gray-100 p-2 text-sm">
          {c.archivedNote}
        </p>
      ) : (
        <>
          {needsReason && <p className="rounded bg-risk-bg p-2 text-sm">{c.activeNote}</p>}
          <SectionCard id="task" title={c.task}>
            <TaskEditForm
              action={editTask.bind(null, task.id)}
              task={{ content: task.content, deadlineMonth: task.deadlineMonth, version: task.version, units: task.units, leadOfficial: task.leadOfficial }}
              units={task.allUnits}
              needsReason={needsReason}
              saved={saved === 'task'}
            />
          </SectionCard>
          <SectionCard id="milestones" title={c.milestones}>
            {task.milestones.map((ms) => (
              <MilestoneEditForm
                key={ms.id}
                action={editMilestone.bind(null, ms.id)}
                removeAction={removeMilestone.bind(null, ms.id)}
                milestone={ms}
                version={task.version}
                needsReason={needsReason}
                saved={saved === `ms${ms.id}`}
              />
            ))}
            <MilestoneEditForm
              adding
              action={addMilestone.bind(null, task.id)}
              milestone={{ id: 0, periodLabel: '', dueDate: '', text: '', cumulativeTarget: null }}
              version={task.version}
              needsReason={needsReason}
            />
          </SectionCard>
          <SectionCard id="indicators" title={c.indicators}>
            {task.indicators.length === 0 && <p className={ui.hint}>{c.noIndicators}</p>}
            {task.indicators.map((i) => (
              <IndicatorEditForm
                key={i.id}
                action={editIndicator.bind(null, i.id)}
                removeAction={removeIndicator.bind(null, i.id)}
                indicator={i}
                version={task.version}
                needsReason={needsReason}
                saved={saved === `ind${i.id}`}
              />
            ))}
            <IndicatorEditForm adding action={addIndicator.bind(null, task.id)} indicator={NEW_INDICATOR} version={task.version} needsReason={needsReason} />
          </SectionCard>
          <SectionCard id="items" title={c.items}>
            {task.items.length === 0 && <p className={ui.hint}>{c.noItems}</p>}
            {task.items.map((i) => (
              <ItemEditForm
                key={i.id}
                action={editItem.bind(null, i.id)}
                removeAction={removeItem.bind(null, i.id)}
                item={i}
                version={task.version}
                needsReason={needsReason}
                saved={saved === `item${i.id}`}
              />
            ))}
            <ItemEditForm adding action={addItem.bind(null, task.id)} item={{ id: 0, name: '', note: null }} version={task.version} needsReason={needsReason} />
          </SectionCard>
        </>
      )}
    </div>
  );
}
