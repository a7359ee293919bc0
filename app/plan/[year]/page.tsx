// A plan year's projects and tasks (supervisors only): each task links to its editor and can be
// removed while nothing is recorded against it; each project takes new tasks.
import { one, type SearchParams } from '@/lib/search-params';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getPlanYearEdit } from '@/lib/data/plan-admin';
import { ProjectEditForm, TaskEditForm, TaskRemoveForm } from '@/components/forms/plan-edit-forms';
import { editProject } from '@/lib/actions/plan-edit';
import { addProject, addTask, removeProject, removeTask } from '@/lib/actions/plan-structure';
import { fmtMonth } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const p = await params;
  return { title: t.pageTitle.planYear(p.year) };
}

const c = t.plan.edit;

export default async function PlanYearPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  /** `saved`: the project saved without JavaScript, whose form says so (lib/actions/without-script.ts). */
  searchParams: Promise<SearchParams>;
}) {
  const [{ year }, sp] = await Promise.all([params, searchParams]);
  const saved = one(sp.saved);
  const actor = await requireActor(`/plan/${year}`);
  if (!can(actor, 'edit_plan')) forbidden();
  const plan = /^\d{4}$/.test(year) ? await getPlanYearEdit(Number(year)) : null;
  if (!plan) notFound();
  const editable = plan.status !== 'ARCHIVED';
  const needsReason = plan.status === 'ACTIVE';
  return (
    <div className="space-y-4">
      <PageHeader
        title={c.heading(plan.year)}
        subtitle={`${plan.title} · ${t.plan.status[plan.status]}`}
        above={
          <Link href="/plan" className={ui.link}>
            {t.plan.heading}
          </Link>
        }
      />
      {plan.projects.map((p) => (
        <SectionCard key={p.number} id={`p${p.number}`} title={`${p.numeral}、${p.title}（${t.category[p.category]}）`}>
          {editable && (
            <details className="mb-2" open={saved === `project-${p.id}`}>
              <summary className="cursor-pointer text-sm text-blue-800">{c.editProject}</summary>
              <ProjectEditForm
                saved={saved === `project-${p.id}`}
                action={editProject.bind(null, p.id)}
                removeAction={p.tasks.length === 0 ? removeProject.bind(null, p.id) : undefined}
                project={p}
                needsReason={needsReason}
              />
            </details>
          )}
          <ul className="divide-y divide-gray-100 text-sm">
            {p.tasks.map((task) => (
              <li key={task.id} className="py-1" data-task={task.number}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span>
                    {t.task.number(task.number)}：{task.content}（{fmtMonth(task.deadlineMonth)}）
                  </span>
                  <Link
                    href={`/plan/${plan.year}/tasks/${task.number}`}
                    className="inline-flex min-h-6 min-w-6 items-center px-1 text-blue-800 hover:underline"
                  >
                    {c.editTask}
                  </Link>
                </div>
                {editable && (
                  <details className="ml-4">
                    <summary className="cursor-pointer text-xs text-lagging">{c.removeTask}</summary>
                    <TaskRemoveForm action={removeTask.bind(null, task.id)} number={task.number} version={task.version} needsReason={needsReason} />
                  </details>
                )}
              </li>
            ))}
          </ul>
          {editable && (
            <details className="mt-2" data-testid={`add-task-p${p.number}`}>
              <summary className="cursor-pointer text-sm text-blue-800">{c.addTask}</summary>
              <p className="text-xs text-gray-600">{c.addTaskHint}</p>
              <TaskEditForm
                adding
                idPrefix={`new-p${p.number}`}
                action={addTask.bind(null, p.id)}
                task={{ content: '', deadlineMonth: '', version: 0, units: [], leadOfficial: '' }}
                units={plan.allUnits}
                needsReason={needsReason}
              />
            </details>
          )}
        </SectionCard>
      ))}
      {editable && (
        <SectionCard id="add-project" title={c.addProject}>
          <p className="text-xs text-gray-600">{c.addProjectHint}</p>
          <ProjectEditForm adding action={addProject.bind(null, plan.year)} project={{ id: 0, title: '', category: 'SERVICE' }} needsReason={needsReason} />
        </SectionCard>
      )}
    </div>
  );
}
