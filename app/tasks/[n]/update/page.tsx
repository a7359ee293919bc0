// The progress-update form of one task, for its responsible unit (or the supervision office); after a
// submission posted without JavaScript, the page saying it was stored.
import { forbidden, notFound } from 'next/navigation';
import { Forbidden } from '@/components/forbidden';
import { UpdateForm, UpdateSubmitted } from '@/components/forms/update-form';
import { submitUpdate } from '@/lib/actions/updates';
import { requireActor } from '@/lib/auth/session';
import { draftFor, restoredIn } from '@/lib/actions/form-drafts';
import { getSubmittedUpdate, getUpdatePage } from '@/lib/data/update-context';
import { one, wholeParam, type SearchParams } from '@/lib/search-params';
import { fmtDate, fmtNumber, displayUnit } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { m } from '@/lib/i18n/messages';
import { formKey, taskHref } from '@/lib/links';
import type { Metadata } from 'next';

export async function generateMetadata({ params }: { params: Promise<{ n: string }> }): Promise<Metadata> {
  const p = await params;
  return { title: t.pageTitle.taskUpdate(p.n) };
}

export default async function UpdatePage({ params, searchParams }: { params: Promise<{ n: string }>; searchParams: Promise<SearchParams> }) {
  const [{ n }, sp] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/tasks/${n}/update`);
  // Where a submission posted without JavaScript lands: what the form shows after one with it.
  const [yearParam, submittedId] = [one(sp.year), wholeParam(sp.submitted)];
  const submitted = submittedId ? await getSubmittedUpdate(yearParam, Number(n), submittedId) : null;
  if (submitted) return <Submitted number={submitted.number} year={submitted.year} />;
  const ctx = await getUpdatePage(yearParam, Number(n));
  if (!ctx) notFound();
  if (!ctx.allowed) forbidden(); // its reason: ./forbidden.tsx
  if (!ctx.open) return <Forbidden message={m.yearClosed} />;
  const { task, year } = ctx;
  // What this account typed before its session ended, sent without JavaScript and kept (newer than a returned update).
  const draft = await draftFor(actor.id, `/tasks/${n}/update`);
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-bold">{t.form.heading(task.number)}</h1>
      <p className="text-sm text-gray-700">{task.content}</p>
      <UpdateForm
        action={submitUpdate.bind(null, task.id)}
        taskHref={taskHref(task.number, { year })}
        defaults={{ asOf: ctx.defaultAsOf, baseVersion: task.version, seenPendingId: ctx.latestPendingId, seenToken: ctx.seenToken, today: ctx.form.today }}
        indicators={task.indicators.map((i) => {
          const unit = displayUnit(i);
          return {
            id: i.id,
            name: i.name,
            unitOfMeasure: i.unitOfMeasure,
            isPercent: i.isPercent,
            lastApproved: i.lastApproved === null ? null : { value: i.lastApproved, text: `${fmtNumber(i.lastApproved)}${unit}` },
            target: i.target === null ? null : { value: i.target, text: `${fmtNumber(i.target)}${unit}` },
          };
        })}
        milestones={task.milestones.map((x) => ({
          id: x.id,
          text: x.text,
          due: fmtDate(x.dueDate),
          reached: x.reachedOn !== null,
          dateLabel: t.form.stepDate(x.text),
        }))}
        items={task.items}
        problems={task.problems}
        // Each notice named by its number, as the unit's inbox and the notice itself name it (and the error summary, by this label).
        notices={task.notices.map((x) => ({
          id: x.id,
          reason: t.form.noticeField(t.notice.number(x.numberYear, x.number), x.reason),
          requiredAction: x.requiredAction,
          due: fmtDate(x.dueDate),
        }))}
        prefill={restoredIn(draft, formKey.update(task.id)) ?? (ctx.returned && { note: t.form.returned(ctx.returned.comment), values: ctx.returned.values })}
        evidence={{ taskId: task.id, ...ctx.evidence }}
      />
    </div>
  );
}

/** An update just submitted, waiting for review: the message, and the way back to the task. */
function Submitted({ number, year }: { number: number; year: number }) {
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-bold">{t.form.heading(number)}</h1>
      <UpdateSubmitted message={m.submitted} taskHref={taskHref(number, { year })} />
    </div>
  );
}
